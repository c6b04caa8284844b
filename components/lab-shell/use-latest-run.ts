'use client';

import { useRunningClock } from './use-running-clock';

interface LabRun {
  id: string;
  status: 'running' | 'done' | 'error' | 'cancelled';
  result: unknown;
}

/**
 * What a lab's panel reads off its runs (newest last): the last run, the one going now and
 * the seconds it has taken so far, and every result so far.
 */
export function useLatestRun<Run extends LabRun>(runs: readonly Run[]) {
  const current = runs.at(-1);
  const running = current?.status === 'running' ? current : undefined;
  const clock = useRunningClock(running?.id ?? null);
  const results = runs.flatMap((run) =>
    run.result ? [run.result as NonNullable<Run['result']>] : [],
  );
  return { current, running, clock, results };
}
