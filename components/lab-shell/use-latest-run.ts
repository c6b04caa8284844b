'use client';

import type { RunFailure } from '@/lib/experiments/runs-state';
import { lastRun } from './lab-variants';
import { useRunningClock } from './use-running-clock';

interface LabRun {
  id: string;
  status: 'running' | 'done' | 'error' | 'cancelled';
  error: RunFailure | null;
  result: unknown;
}

/**
 * What a lab's panel reads off its runs (newest last, see lastRun) while `busy`: the last run,
 * the one going now and the seconds it has taken so far, and every result so far.
 */
export function useLatestRun<Run extends LabRun>(runs: readonly Run[], busy: boolean) {
  const { current, running } = lastRun(runs, busy);
  const clock = useRunningClock(running?.id ?? null);
  const results = runs.flatMap((run) =>
    run.result ? [run.result as NonNullable<Run['result']>] : [],
  );
  return { current, running, clock, results };
}
