'use client';

import type { RaceStart, WorkerFinished } from '@/labs/race/contract';
import type { RaceRunRecord } from '@/labs/race/run-record';
import { raceQueryString } from '@/labs/race/settings';
import { labRunsHook } from '@/components/lab-shell/lab-runs-hook';

export type RaceRun = RaceRunRecord;

/** The race lab's runs, with the opening balances and each worker as it finishes. */
export const useRaceRuns = labRunsHook<RaceRun>('race', raceQueryString, ['start', 'worker']);

/** The opening balances of a run, known from its first event. */
export function startOf(run: RaceRun): RaceStart | null {
  const start = run.events.find((e) => e.event === 'start');
  return start?.event === 'start' ? start.data : null;
}

/** The workers that have finished so far, in the order they finished. */
export function finishedWorkers(run: RaceRun): WorkerFinished[] {
  return run.events.flatMap((e) => (e.event === 'worker' ? [e.data] : []));
}
