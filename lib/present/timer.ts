// The presenter's stopwatch and countdown. Timestamps come from the caller (Date.now()), so
// the state is plain data that survives a reload in sessionStorage.

/** A stopwatch: time accumulated in earlier runs plus the running one, if any. */
export interface Stopwatch {
  /** Milliseconds from runs that have been paused. */
  accumulatedMs: number;
  /** When the current run started (epoch ms), or null while paused. */
  startedAt: number | null;
}

/** A stopwatch at zero, paused. */
export const STOPPED: Stopwatch = { accumulatedMs: 0, startedAt: null };

/** Elapsed milliseconds at `now`. */
export function elapsedMs(watch: Stopwatch, now: number): number {
  return watch.accumulatedMs + (watch.startedAt === null ? 0 : Math.max(0, now - watch.startedAt));
}

/** Starts (or resumes) the stopwatch at `now`; a running one is left alone. */
export function startWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null ? { ...watch, startedAt: now } : watch;
}

/** Pauses the stopwatch at `now`, keeping the time so far. */
export function pauseWatch(watch: Stopwatch, now: number): Stopwatch {
  return watch.startedAt === null
    ? watch
    : { accumulatedMs: elapsedMs(watch, now), startedAt: null };
}

/**
 * `m:ss` or `h:mm:ss`; negative durations (overtime) get a minus sign. A stopwatch rounds
 * down (1:05 once 65 s have passed); a countdown rounds up, so it shows 0:00 only at the end.
 */
export function formatDuration(ms: number, rounding: 'down' | 'up' = 'down'): string {
  const sign = ms < 0 ? '−' : '';
  const total = (rounding === 'up' ? Math.ceil : Math.floor)(Math.abs(ms) / 1000);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = String(total % 60).padStart(2, '0');
  return hours > 0
    ? `${sign}${hours}:${String(minutes).padStart(2, '0')}:${seconds}`
    : `${sign}${minutes}:${seconds}`;
}

/** How a countdown looks: plenty of time, the last stretch, or over time. */
export type CountdownLevel = 'ok' | 'soon' | 'over';

/** Remaining time of a talk of `minutes` after `elapsed` ms, and how urgent it is. */
export function countdown(
  minutes: number,
  elapsed: number,
): { remainingMs: number; level: CountdownLevel } {
  const remainingMs = minutes * 60_000 - elapsed;
  // The last tenth of the talk, at least one and at most five minutes, is the last stretch.
  const soonMs = Math.min(5, Math.max(1, minutes / 10)) * 60_000;
  const level: CountdownLevel = remainingMs <= 0 ? 'over' : remainingMs <= soonMs ? 'soon' : 'ok';
  return { remainingMs, level };
}
