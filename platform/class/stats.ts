// Summaries of a class's guesses for one strategy, as the teacher's screen draws them.

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** How far a guess is from the measurement, as a fraction of the measurement (0.1 = 10 % off). */
export function relativeError(guess: number, measured: number): number {
  return Math.abs(guess - measured) / Math.max(measured, 1);
}

/** A guess within this fraction of the measurement counts as close. */
export const CLOSE_WITHIN = 0.25;

export interface GuessOf<S> {
  who: S;
  ms: number;
}

/** The guesses nearest the measurement, nearest first, at most `count`. */
export function closest<S>(
  guesses: readonly GuessOf<S>[],
  measured: number,
  count: number,
): GuessOf<S>[] {
  return [...guesses]
    .sort((a, b) => relativeError(a.ms, measured) - relativeError(b.ms, measured))
    .slice(0, count);
}

/** Guesses stacked into `bins` columns between 0 and `max`: each guess gets its column and its height in it. */
export function stackDots(
  values: readonly number[],
  max: number,
  bins: number,
): { x: number; level: number }[] {
  const heights = new Array<number>(bins).fill(0);
  return values.map((value) => {
    const bin = Math.min(bins - 1, Math.max(0, Math.floor((value / max) * bins)));
    return { x: (bin + 0.5) / bins, level: heights[bin]++ };
  });
}
