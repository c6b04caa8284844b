// Which runs a lab draws side by side: the latest of each variant, measured with the same setup.
import { byVariant } from './by-variant';

interface Comparable<V extends string> {
  variant: V;
  status: 'running' | 'done' | 'error' | 'cancelled';
}

/**
 * The latest run of each variant among those with the same setup as the newest run that did
 * not fail, so that timelines on one axis and bars in one chart compare like with like (a
 * change of engine or of task count starts a new comparison; the run history keeps the rest).
 */
export function latestComparable<V extends string, Run extends Comparable<V>>(
  runs: readonly Run[],
  variants: readonly V[],
  setupOf: (run: Run) => string,
): { setup: string | null; latest: Record<V, Run | undefined> } {
  const candidates = runs.filter((run) => run.status !== 'error');
  const newest = candidates.at(-1);
  const setup = newest ? setupOf(newest) : null;
  const same = candidates.filter((run) => setupOf(run) === setup);
  return {
    setup,
    latest: byVariant(variants, (variant) => same.findLast((run) => run.variant === variant)),
  };
}
