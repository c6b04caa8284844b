'use client';

import { useRouter } from 'next/navigation';
import {
  useEffect,
  useEffectEvent,
  useRef,
  useState,
  type ReactNode,
  type TouchEvent,
} from 'react';
import {
  KEYS_IGNORED_INSIDE,
  activatesControl,
  keyAction,
  type DeckAction,
} from '@/lib/present/keys';
import type { DeckRole } from '@/lib/present/messages';
import { nextHeading } from '@/lib/present/steps';
import { swipeAction } from '@/lib/present/swipe';
import { deckHref, readingHref } from '@/lib/present/url';
import { ClassBoard } from '@/components/class/class-board';
import { ClassControls } from '@/components/class/class-controls';
import { DeckClassProvider } from '@/components/class/deck-class';
import { JoinScreen } from '@/components/class/join-screen';
import { ControlBar } from './control-bar';
import { DeckModeProvider } from './deck-context';
import { GoToDialog } from './go-to-dialog';
import { HelpDialog } from './help-dialog';
import { OverviewDialog } from './overview-dialog';
import { PresenterClock } from './presenter-clock';
import { SlidePreview } from './slide-preview';
import { SlideViewContext, SlideZoomContext, useDeckInfo } from './slide-view';
import { Stage } from './stage';
import { useDeckNavigation } from './use-deck-navigation';
import { useSlideZooms } from './use-slide-zooms';

type Dialog = 'overview' | 'goto' | 'help' | null;

// The overlay controls fade out after this long without pointer movement.
const IDLE_AFTER_MS = 2500;

/** True while the pointer has not moved for a while (the audience view hides its chrome). */
function usePointerIdle(enabled: boolean): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    if (!enabled) return;
    let timer = window.setTimeout(() => setIdle(true), IDLE_AFTER_MS);
    const wake = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_AFTER_MS);
    };
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
    };
  }, [enabled]);
  return enabled && idle;
}

/**
 * Opens (or closes) the folded settings of the lab on slide `index` of this window's stage, and
 * puts the focus in its first field, so the keyboard can change them at once.
 */
function toggleLabSettings(index: number) {
  const settings = document.querySelector<HTMLDetailsElement>(
    `[data-deck-stage] [data-slide-index="${index}"] [data-lab-settings]`,
  );
  if (!settings) return;
  settings.open = !settings.open;
  if (settings.open)
    settings.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled])')?.focus();
}

function toggleFullscreen() {
  if (document.fullscreenElement) void document.exitFullscreen();
  else void document.documentElement.requestFullscreen?.().catch(() => {});
}

/**
 * A deck window that navigates: the audience view (the slide filling the screen) or the
 * presenter view (current slide, next slide, notes, timer). Both share keys, swipes, dialogs
 * and the sync with the deck's other windows.
 */
export function LiveDeck({ role, children }: { role: DeckRole; children: ReactNode }) {
  const info = useDeckInfo();
  const { slug, slides } = info;
  const count = slides.length;
  const router = useRouter();
  const { index, blackout, step, steps, command, announcement } = useDeckNavigation(info, role);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notesTarget, setNotesTarget] = useState<HTMLElement | null>(null);
  const idle = usePointerIdle(role === 'audience' && dialog === null);
  const exitHref = readingHref(slug, slides, index);
  const { zooms, step: stepZoom } = useSlideZooms(slug);

  const run = (action: DeckAction) => {
    switch (action) {
      case 'next':
      case 'prev':
      case 'first':
      case 'last':
      case 'blackout':
        command({ type: action });
        break;
      case 'fullscreen':
        toggleFullscreen();
        break;
      case 'overview':
      case 'goto':
      case 'help':
        setDialog(action);
        break;
      case 'zoom-in':
      case 'zoom-out':
        // The presenter sets a slide's zoom; the audience window follows (use-slide-zooms).
        if (role === 'presenter') stepZoom(index, action === 'zoom-in' ? 1 : -1);
        break;
      case 'settings':
        toggleLabSettings(index);
        break;
      case 'exit':
        // In the presenter view a stray Esc must not end the talk's timer; its Exit link does.
        if (role === 'audience') router.push(exitHref);
        break;
    }
  };

  const onKeyDown = useEffectEvent((event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return;
    const owner =
      event.target instanceof Element ? event.target.closest(KEYS_IGNORED_INSIDE) : null;
    if (owner && !(owner.closest('[data-deck-controls]') && !activatesControl(event.key))) return;
    if (document.querySelector('dialog[open]')) return;
    const action = keyAction(event);
    if (!action) return;
    // Also stops the key's own effect: Space scrolling, or "g" typing into the dialog it opens.
    event.preventDefault();
    run(action);
  });
  useEffect(() => {
    window.addEventListener('keydown', onKeyDown);
    // Marks the deck as listening, so a test (or a script) knows keys are no longer lost.
    document.documentElement.dataset.deckKeys = role;
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      delete document.documentElement.dataset.deckKeys;
    };
  }, [role]);

  // Swipes on a touch screen; a stroke that starts in an experiment or a field belongs to it.
  const touch = useRef<{ x: number; y: number; t: number } | null>(null);
  const swipeHandlers = {
    onTouchStart: (event: TouchEvent) => {
      const target = event.target as Element;
      touch.current =
        event.touches.length === 1 && !target.closest(KEYS_IGNORED_INSIDE)
          ? { x: event.touches[0].clientX, y: event.touches[0].clientY, t: event.timeStamp }
          : null;
    },
    onTouchEnd: (event: TouchEvent) => {
      const start = touch.current;
      touch.current = null;
      if (!start || event.changedTouches.length !== 1) return;
      const end = event.changedTouches[0];
      const action = swipeAction(
        end.clientX - start.x,
        end.clientY - start.y,
        event.timeStamp - start.t,
      );
      if (action) command({ type: action });
    },
  };

  const stageTree = (
    <DeckModeProvider mode={role} slug={slug}>
      <SlideViewContext
        value={{
          kind: 'stage',
          current: index,
          step,
          notesTarget: role === 'presenter' ? notesTarget : null,
        }}
      >
        <SlideZoomContext value={zooms}>{children}</SlideZoomContext>
      </SlideViewContext>
    </DeckModeProvider>
  );

  const controls = (
    <ControlBar
      index={index}
      count={count}
      onPrev={() => command({ type: 'prev' })}
      onNext={() => command({ type: 'next' })}
      onOverview={() => setDialog('overview')}
      onHelp={() => setDialog('help')}
      onFullscreen={role === 'audience' ? toggleFullscreen : undefined}
      exitHref={exitHref}
      idle={idle}
      docked={role === 'presenter'}
    />
  );

  const closeDialog = () => setDialog(null);
  const goTo = (target: number) => command({ type: 'goto', index: target });

  return (
    <DeckClassProvider role={role} index={index}>
      <h1 className="sr-only">
        {info.title}: {role === 'presenter' ? 'presenter view' : 'slides'}
      </h1>
      {role === 'presenter' ? (
        <PresenterLayout
          index={index}
          nextLabel={nextHeading(
            step,
            steps,
            index + 1 < count ? { number: index + 2, title: slides[index + 1].title } : null,
          )}
          blackout={blackout}
          stage={stageTree}
          controls={controls}
          swipeHandlers={swipeHandlers}
          onNotesTarget={setNotesTarget}
          onOpenAudience={() =>
            window.open(deckHref(slug, 'audience', index), `concurrency-lab-audience-${slug}`)
          }
        >
          {children}
        </PresenterLayout>
      ) : (
        <div className="deck-audience fixed inset-0 bg-black" data-idle={idle}>
          <main data-deck-stage className="absolute inset-0" {...swipeHandlers}>
            <Stage className="size-full">{stageTree}</Stage>
          </main>
          {blackout ? <div className="fixed inset-0 z-10 bg-black" data-testid="blackout" /> : null}
          {controls}
          <JoinScreen />
          <ClassBoard />
        </div>
      )}

      <div className="sr-only" role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {dialog === 'overview' ? (
        <OverviewDialog current={index} onGo={goTo} onClose={closeDialog}>
          {children}
        </OverviewDialog>
      ) : null}
      {dialog === 'goto' ? (
        <GoToDialog count={count} current={index} onGo={goTo} onClose={closeDialog} />
      ) : null}
      {dialog === 'help' ? <HelpDialog onClose={closeDialog} /> : null}
    </DeckClassProvider>
  );
}

/** The presenter's screen: current slide with its controls, next slide, notes, timer, clock. */
function PresenterLayout({
  index,
  nextLabel,
  blackout,
  stage,
  controls,
  swipeHandlers,
  onNotesTarget,
  onOpenAudience,
  children,
}: {
  index: number;
  /** The "Next" heading: the current slide's next click-step, else the next slide. */
  nextLabel: string;
  blackout: boolean;
  stage: ReactNode;
  controls: ReactNode;
  swipeHandlers: Record<string, (event: TouchEvent) => void>;
  onNotesTarget: (element: HTMLElement | null) => void;
  onOpenAudience: () => void;
  children: ReactNode;
}) {
  const { slug, title, slides } = useDeckInfo();
  const next = index + 1 < slides.length ? index + 1 : null;
  return (
    <div className="fixed inset-0 flex flex-col bg-zinc-100 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100">
      <header className="flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-zinc-300 bg-white px-4 py-2 dark:border-zinc-800 dark:bg-zinc-900">
        <div className="mr-auto min-w-0">
          <p className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
            Presenter view
          </p>
          <p className="truncate font-semibold">{title}</p>
        </div>
        {blackout ? (
          <p
            className="rounded-md bg-zinc-900 px-2 py-1 text-sm font-semibold text-white dark:bg-white dark:text-zinc-900"
            data-testid="blackout-badge"
          >
            Audience screen is black (B)
          </p>
        ) : null}
        <PresenterClock slug={slug} />
        <ClassControls />
        <button
          type="button"
          onClick={onOpenAudience}
          className="rounded-md bg-indigo-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300"
        >
          Open audience window
        </button>
      </header>
      <div className="grid min-h-0 flex-1 grid-cols-[minmax(0,1.8fr)_minmax(0,1fr)] gap-4 p-4">
        <main
          data-deck-stage
          aria-label="Current slide"
          className="flex min-h-0 flex-col gap-3"
          {...swipeHandlers}
        >
          {/* As tall as 16:9 needs, at most what the column has left above the controls. */}
          <Stage
            align="top"
            className="aspect-video max-h-[calc(100%-3.5rem)] w-full"
            canvasClassName="ring-2 ring-zinc-300 dark:ring-zinc-600"
          >
            {stage}
          </Stage>
          {controls}
        </main>
        <aside
          aria-label="Next slide and notes"
          className="grid min-h-0 grid-rows-[auto_minmax(0,1fr)] gap-4"
        >
          <section aria-labelledby="deck-next-title" className="grid gap-2">
            <h2
              id="deck-next-title"
              className="truncate text-sm font-semibold text-zinc-700 dark:text-zinc-300"
            >
              {nextLabel}
            </h2>
            {next === null ? (
              <div className="flex aspect-video items-center justify-center rounded-md border border-dashed border-zinc-400 text-zinc-600 dark:border-zinc-600 dark:text-zinc-400">
                No more slides
              </div>
            ) : (
              <SlidePreview
                index={next}
                className="aspect-video overflow-hidden rounded-md ring-1 ring-zinc-300 dark:ring-zinc-700"
              >
                {children}
              </SlidePreview>
            )}
          </section>
          <section
            aria-labelledby="deck-notes-title"
            tabIndex={0}
            className="min-h-0 overflow-y-auto rounded-md border border-zinc-300 bg-white p-4 dark:border-zinc-800 dark:bg-zinc-900"
          >
            <h2
              id="deck-notes-title"
              className="mb-2 text-sm font-semibold text-zinc-700 dark:text-zinc-300"
            >
              Notes for slide {index + 1}
            </h2>
            <div
              ref={onNotesTarget}
              className="deck-notes prose prose-zinc max-w-none text-xl leading-relaxed dark:prose-invert"
              data-testid="speaker-notes"
            />
            <p className="deck-notes-empty text-lg text-zinc-600 dark:text-zinc-400">
              No notes for this slide.
            </p>
          </section>
        </aside>
      </div>
    </div>
  );
}
