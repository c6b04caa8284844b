'use client';

import { lazy, Suspense, useEffect, useRef, useState, type ComponentType } from 'react';
import { useDeck } from '@/components/present/deck-context';
import { LabBoundary, LabLoadError } from './lab-boundary';
import { labCode } from './lab-code';

/** What a lab's placeholder says before its code is loaded, and how tall the lab starts out. */
export interface LabCard {
  /** The lab's name, as in its panel's data-experiment; `#lab-<name>` links to it. */
  lab: string;
  title: string;
  question: string;
  /**
   * Tailwind height classes: the panel's height when it has drawn, measured at 360, 768 and
   * 1280 px wide, so that waking it moves nothing around it.
   */
  height: string;
}

/** How far below (and above) the window a lab starts loading: about two phone screens. */
const WAKE_MARGIN = '1600px 0px';

/**
 * A lab before its code has loaded: the frame, title and question of the lab, at the panel's
 * size, in the server's HTML. Nothing in it needs JavaScript. It is not the lab's panel, so it
 * does not carry the panel's data-experiment.
 */
function LabPlaceholder({ card, state }: { card: LabCard; state: 'asleep' | 'loading' }) {
  return (
    <section
      aria-label={`Live experiment: ${card.title}`}
      className={`not-prose my-8 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40 ${card.height}`}
      data-lab-placeholder={card.lab}
      data-lab-state={state}
    >
      <p className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
        Live experiment
      </p>
      <p className="mt-1 text-lg font-semibold text-zinc-900 dark:text-white">{card.title}</p>
      <p className="mt-3 rounded-lg border border-amber-200 bg-amber-50/70 p-3 text-sm text-zinc-800 dark:border-amber-900/60 dark:bg-amber-950/30 dark:text-zinc-200">
        {card.question}
      </p>
      <p className="mt-3 text-sm text-zinc-600 dark:text-zinc-400" role="status">
        {state === 'loading'
          ? 'Loading the experiment…'
          : 'The experiment loads as you scroll to it.'}
      </p>
    </section>
  );
}

/** A panel that takes its `code` from the server, and the lab without it, as used in MDX. */
export function wakeNear<P extends { code: unknown }>(
  load: () => Promise<ComponentType<P>>,
  card: LabCard,
  code: 'from-server',
): ComponentType<Omit<P, 'code'>>;
export function wakeNear<P extends object>(
  load: () => Promise<ComponentType<P>>,
  card: LabCard,
): ComponentType<P>;
/**
 * Makes a lab that sleeps until the reader comes near: the page's HTML holds a placeholder of
 * the lab's size (title and question), and the panel's code is requested only when the
 * placeholder comes within WAKE_MARGIN of the window, when the reader touches or focuses it,
 * or at once when the URL's hash is `#lab-<name>`. In a slide deck (presenting, previews,
 * print) the lab is drawn at once. The panel is wrapped in LabBoundary. With 'from-server', the
 * panel's `code` is asked of the server when the lab wakes, alongside the panel's own code.
 */
export function wakeNear<P extends object>(
  load: () => Promise<ComponentType<P>>,
  card: LabCard,
  code?: 'from-server',
): ComponentType<P> {
  const Panel = lazy(async () => {
    try {
      if (!code) return { default: await load() };
      const [Component, listings] = await Promise.all([load(), labCode(card.lab)]);
      const WithCode = (props: P) => <Component {...props} code={listings} />;
      return { default: WithCode };
    } catch (error) {
      throw new LabLoadError(error);
    }
  });
  const anchor = `lab-${card.lab}`;

  function SleepingLab(props: P) {
    const { mode } = useDeck();
    const [woken, setWoken] = useState(false);
    const awake = woken || mode !== 'reading';
    const frame = useRef<HTMLDivElement>(null);

    useEffect(() => {
      const element = frame.current;
      if (awake || !element) return;
      const wake = () => setWoken(true);
      const wakeOnHash = () => {
        if (window.location.hash === `#${anchor}`) wake();
      };
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) wake();
        },
        { rootMargin: WAKE_MARGIN },
      );
      observer.observe(element);
      window.addEventListener('hashchange', wakeOnHash);
      // After the listeners: a hash present at load wakes the lab in this same task.
      queueMicrotask(wakeOnHash);
      return () => {
        observer.disconnect();
        window.removeEventListener('hashchange', wakeOnHash);
      };
    }, [awake]);

    return (
      <div
        id={anchor}
        ref={frame}
        data-lab-wake={awake ? 'awake' : 'asleep'}
        onPointerDown={awake ? undefined : () => setWoken(true)}
        onFocus={awake ? undefined : () => setWoken(true)}
      >
        {awake ? (
          <LabBoundary lab={card.lab}>
            <Suspense fallback={<LabPlaceholder card={card} state="loading" />}>
              <Panel {...props} />
            </Suspense>
          </LabBoundary>
        ) : (
          <LabPlaceholder card={card} state="asleep" />
        )}
      </div>
    );
  }
  SleepingLab.displayName = `WakeNear(${card.lab})`;
  return SleepingLab;
}
