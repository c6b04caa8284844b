// Replaying a recorded run: what had happened by time t, and the moments worth stepping to.

export interface Interval {
  start_ms: number;
  end_ms: number;
}

/** The intervals as they stood at time `t`: not yet started ones dropped, running ones cut at t. */
export function clipAt<T extends Interval>(
  intervals: readonly T[],
  t: number,
): (T & { running: boolean })[] {
  return intervals
    .filter((interval) => interval.start_ms <= t)
    .map((interval) => ({
      ...interval,
      end_ms: Math.min(interval.end_ms, t),
      running: interval.end_ms > t,
    }));
}

/** Every start and end, sorted and without repeats: the stops of "step forward/back". */
export function eventTimes(intervals: readonly Interval[]): number[] {
  const times = new Set<number>([0]);
  for (const { start_ms, end_ms } of intervals) times.add(start_ms).add(end_ms);
  return [...times].sort((a, b) => a - b);
}

/** The next (direction 1) or previous (-1) event time strictly beyond `t`, or `t` at either end. */
export function stepFrom(times: readonly number[], t: number, direction: 1 | -1): number {
  if (direction === 1) return times.find((time) => time > t + 1e-9) ?? t;
  for (let i = times.length - 1; i >= 0; i--) if (times[i] < t - 1e-9) return times[i];
  return t;
}

/** What a timeline draws: every interval, ended, or (replay, `t` given) as they stood at t. */
export function shownAt<T extends Interval>(
  intervals: readonly T[],
  t: number | null,
): (T & { running: boolean })[] {
  return t === null
    ? intervals.map((interval) => ({ ...interval, running: false }))
    : clipAt(intervals, t);
}
