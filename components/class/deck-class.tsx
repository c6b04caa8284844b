'use client';

import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import type { DeckRole } from '@/lib/present/messages';
import type { ClassPrompt } from '@/platform/class/schemas';
import { isLive, type Guesses, type TeacherView } from '@/platform/class/types';
import { useDeckInfo } from '@/components/present/slide-view';
import { startClass, teacherSend } from './class-api';
import { useStoredClass, type ClassOverlay } from './stored-class';
import { useClassView } from './use-class-view';

// Class mode inside a slide deck. The presenter view starts the class and tells it which
// slide is shown (with the question on it, if any) and what the teacher's run measured; both
// deck windows follow the class's live view to draw the room's predictions and answers.

export interface DeckClass {
  role: DeckRole;
  code: string | null;
  view: TeacherView | null;
  live: boolean;
  overlay: ClassOverlay;
  error: string | null;
  start(): Promise<void>;
  end(): Promise<void>;
  /** Forget the class in this deck (after it ended). */
  leave(): void;
  /** Shows `overlay` in the audience window, or nothing. */
  showOverlay(overlay: ClassOverlay): void;
  showNames(shown: boolean): Promise<void>;
  /** A slide's question, known to the deck while the slide is mounted. */
  registerPrompt(index: number, prompt: ClassPrompt): () => void;
  /**
   * The teacher's measurements for a question, streamed while the run goes (`running`: the
   * strategies still being measured); only the presenter view sends them.
   */
  reportRun(questionId: string, measured: Guesses, running: string[]): void;
}

const DeckClassContext = createContext<DeckClass | null>(null);

/** How often a streaming run's progress goes to the class, at most. */
const STREAM_INTERVAL_MS = 250;

/** The deck's class mode, or null outside a live deck. */
export function useDeckClass(): DeckClass | null {
  return useContext(DeckClassContext);
}

export function DeckClassProvider({
  role,
  index,
  children,
}: {
  role: DeckRole;
  index: number;
  children: ReactNode;
}) {
  const { slug, slides } = useDeckInfo();
  const [stored, setStored] = useStoredClass(slug);
  const code = stored?.code ?? null;
  const { view, error } = useClassView<TeacherView>(code);
  const [failure, setFailure] = useState<string | null>(null);
  const prompts = useRef(new Map<number, ClassPrompt>());
  const [promptsVersion, setPromptsVersion] = useState(0);
  const sentRuns = useRef(new Map<string, { key: string; at: number }>());
  const live = !!view && view.role === 'teacher' && isLive(view);
  // Deleted, or started in another browser (this one is not its teacher): start afresh.
  const gone = error?.status === 404 || (!!view && view.role !== 'teacher');

  // Tell the class where the teacher is: the slide's title and its question, if any (sent
  // again only when one of them changed; labs register their questions as they mount).
  const sentSlide = useRef('');
  // One slide change at a time, in order: quick key presses must not arrive out of order.
  const slideQueue = useRef<Promise<unknown>>(Promise.resolve());
  useEffect(() => {
    if (role !== 'presenter' || !code || !live) return;
    const slide = {
      index,
      title: slides[index]?.title ?? '',
      prompt: prompts.current.get(index) ?? null,
    };
    const key = `${code}:${JSON.stringify(slide)}`;
    if (sentSlide.current === key) return;
    sentSlide.current = key;
    slideQueue.current = slideQueue.current
      .then(() => teacherSend(code, { action: 'slide', slide }))
      .catch((caught: Error) => setFailure(caught.message));
  }, [role, code, live, index, slides, promptsVersion]);

  // Stable, so the labs' effects that register their questions run once per question.
  const registerPrompt = useCallback((slideIndex: number, slidePrompt: ClassPrompt) => {
    prompts.current.set(slideIndex, slidePrompt);
    setPromptsVersion((v) => v + 1);
    return () => {
      if (prompts.current.get(slideIndex) === slidePrompt) prompts.current.delete(slideIndex);
      setPromptsVersion((v) => v + 1);
    };
  }, []);
  const reportRun = useCallback(
    (questionId: string, measured: Guesses, running: string[]) => {
      if (role !== 'presenter' || !code || !live) return;
      const key = JSON.stringify([measured, running]);
      const last = sentRuns.current.get(questionId);
      if (last?.key === key) return;
      // While a run streams, a few updates a second are plenty for the class; the final
      // result (nothing running) always goes at once.
      const now = performance.now();
      if (running.length > 0 && last && now - last.at < STREAM_INTERVAL_MS) return;
      sentRuns.current.set(questionId, { key, at: now });
      teacherSend(code, {
        action: 'run',
        questionId,
        measured,
        ...(running.length > 0 ? { running } : {}),
      }).catch((caught: Error) => setFailure(caught.message));
    },
    [role, code, live],
  );

  const value: DeckClass = {
    role,
    code: gone ? null : code,
    view: view?.role === 'teacher' ? view : null,
    live,
    overlay: stored?.overlay ?? null,
    error: failure ?? (error && !gone ? error.message : null),
    async start() {
      setFailure(null);
      try {
        setStored({ code: await startClass(), overlay: 'join' });
      } catch (caught) {
        setFailure((caught as Error).message);
      }
    },
    async end() {
      if (!code) return;
      await teacherSend(code, { action: 'close' }).catch((caught: Error) =>
        setFailure(caught.message),
      );
      if (stored) setStored({ ...stored, overlay: null });
    },
    leave() {
      setStored(null);
    },
    showOverlay(overlay) {
      if (stored) setStored({ ...stored, overlay });
    },
    async showNames(shown) {
      if (code)
        await teacherSend(code, { action: 'names', shown }).catch((caught: Error) =>
          setFailure(caught.message),
        );
    },
    registerPrompt,
    reportRun,
  };
  return <DeckClassContext value={value}>{children}</DeckClassContext>;
}
