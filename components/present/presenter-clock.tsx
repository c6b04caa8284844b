'use client';

import { useId, useState, useSyncExternalStore } from 'react';
import {
  STOPPED,
  countdown,
  elapsedMs,
  formatDuration,
  pauseWatch,
  startWatch,
  type CountdownLevel,
  type Stopwatch,
} from '@/lib/present/timer';
import { loadSaved, save as saveInBrowser } from '@/lib/client/saved';

// One shared one-second tick: the snapshot is the current whole second, so it is stable
// between ticks as useSyncExternalStore requires.
function subscribeSeconds(onTick: () => void) {
  const timer = window.setInterval(onTick, 250);
  return () => window.clearInterval(timer);
}
const currentSecond = () => Math.floor(Date.now() / 1000) * 1000;
const noSecond = () => 0;

/** The current time, updated every second (0 during server rendering). */
function useNow(): number {
  return useSyncExternalStore(subscribeSeconds, currentSecond, noSecond);
}

interface TimerState {
  watch: Stopwatch;
  /** Talk length for the countdown, as typed; empty = no countdown. */
  minutes: string;
}

// The timer survives a reload of the presenter view (same tab).
const storageKey = (slug: string) => `deck-timer:${slug}`;

const isTimer = (data: unknown): data is TimerState => {
  const saved = data as Partial<TimerState> | null;
  return (
    typeof saved?.minutes === 'string' &&
    typeof saved.watch?.accumulatedMs === 'number' &&
    (saved.watch.startedAt === null || typeof saved.watch.startedAt === 'number')
  );
};

function loadTimer(slug: string): TimerState {
  return loadSaved('session', storageKey(slug), isTimer) ?? { watch: STOPPED, minutes: '' };
}

const levelClass: Record<CountdownLevel, string> = {
  ok: 'text-zinc-900 dark:text-zinc-100',
  soon: 'bg-amber-100 text-amber-900 dark:bg-amber-950 dark:text-amber-200',
  over: 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200',
};

const buttonClass =
  'rounded-md border border-zinc-300 bg-white px-2.5 py-1 text-sm font-medium hover:border-zinc-500 dark:border-zinc-600 dark:bg-zinc-900 dark:hover:border-zinc-400';

/** Stopwatch (start / pause / reset), an optional countdown of the talk's length, and the clock. */
export function PresenterClock({ slug }: { slug: string }) {
  const now = useNow();
  const [timer, setTimer] = useState(() => loadTimer(slug));
  const minutesId = useId();
  const save = (next: TimerState) => {
    setTimer(next);
    saveInBrowser('session', storageKey(slug), next);
  };
  const running = timer.watch.startedAt !== null;
  const elapsed = elapsedMs(timer.watch, now);
  const minutes = Number(timer.minutes);
  const down = timer.minutes !== '' && minutes > 0 ? countdown(minutes, elapsed) : null;

  return (
    <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
      <div role="group" aria-label="Stopwatch" className="flex items-center gap-2">
        <span className="font-mono text-2xl font-semibold tabular-nums" data-testid="stopwatch">
          {formatDuration(elapsed)}
        </span>
        <button
          type="button"
          className={buttonClass}
          onClick={() =>
            save({
              ...timer,
              watch: running
                ? pauseWatch(timer.watch, Date.now())
                : startWatch(timer.watch, Date.now()),
            })
          }
        >
          {running ? 'Pause' : elapsed > 0 ? 'Resume' : 'Start'}
        </button>
        <button
          type="button"
          className={buttonClass}
          onClick={() => save({ ...timer, watch: STOPPED })}
        >
          Reset
        </button>
      </div>
      <div className="flex items-center gap-2">
        <label htmlFor={minutesId} className="text-sm text-zinc-700 dark:text-zinc-300">
          Talk length
        </label>
        <input
          id={minutesId}
          type="number"
          min={1}
          max={600}
          inputMode="numeric"
          placeholder="min"
          value={timer.minutes}
          onChange={(event) => save({ ...timer, minutes: event.target.value })}
          className="w-20 rounded-md border border-zinc-400 bg-white px-2 py-1 tabular-nums dark:border-zinc-600 dark:bg-zinc-950"
        />
        <span className="text-sm text-zinc-700 dark:text-zinc-300">min</span>
        {down ? (
          <span
            className={`rounded-md px-2 py-0.5 font-mono text-2xl font-semibold tabular-nums ${levelClass[down.level]}`}
            data-testid="countdown"
          >
            {down.level === 'over'
              ? `${formatDuration(-down.remainingMs)} over`
              : `${formatDuration(down.remainingMs, 'up')} left`}
          </span>
        ) : null}
      </div>
      <p className="font-mono text-2xl tabular-nums text-zinc-700 dark:text-zinc-300">
        <span className="sr-only">Time of day: </span>
        {now ? new Date(now).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : ''}
      </p>
    </div>
  );
}
