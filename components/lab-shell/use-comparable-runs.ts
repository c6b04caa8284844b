'use client';

import { useState } from 'react';
import {
  focusedSetup,
  latestComparable,
  nextFocus,
  type SetupFocus,
} from '@/lib/experiments/latest-runs';

/**
 * The runs a lab draws: the latest of each variant measured with the setup shown (see nextFocus:
 * the reader's settings once they change them, else the newest run's). `setup` is that setup,
 * for what else belongs to it (the predictions, the title). Results of other setups stay in
 * `runs`, for the history.
 */
export function useComparableRuns<
  V extends string,
  Run extends { id: string; variant: V; status: 'running' | 'done' | 'error' | 'cancelled' },
>(
  runs: readonly Run[],
  variants: readonly V[],
  setupOf: (run: Run) => string,
  settingsSetup: string,
): { setup: string; latest: Record<V, Run | undefined> } {
  const newest = runs.at(-1);
  const [focus, setFocus] = useState<SetupFocus | null>(null);
  const next = nextFocus(focus, settingsSetup, newest?.id ?? null);
  // Derived state, updated while rendering: the change shows in this very render.
  if (next !== focus) setFocus(next);
  const setup = focusedSetup(next, newest, setupOf);
  return { setup, latest: latestComparable(runs, variants, setupOf, setup) };
}
