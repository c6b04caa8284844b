'use client';

import type { ExperimentEvent } from '@/lib/client/stream-experiment';
import type { RaceResult, RaceStart } from '@/labs/race/contract';
import type { RaceRunRecord, RaceStreamed } from '@/labs/race/run-record';
import { raceQueryString, type RaceSettings, type RaceVariant } from '@/labs/race/settings';
import type { WorkerFinished } from '@/labs/race/contract';
import { useExperimentRuns, type ExperimentSpec, type RunChannel } from '@/components/lab-shell/use-experiment-runs';

export type RaceRun = RaceRunRecord;

const raceSpec: ExperimentSpec<RaceVariant, RaceSettings, RaceStreamed, RaceResult> = {
  topic: 'experiment:race',
  path: (variant, settings) => `/api/experiments/race?${raceQueryString(variant, settings)}`,
  eventsOf: (event: ExperimentEvent) =>
    event.event === 'start' || event.event === 'worker' ? [event as RaceStreamed] : [],
};

/** The race lab's runs (see useExperimentRuns); a `channel` shares them with a presentation's other windows. */
export function useRaceRuns(channel?: RunChannel) {
  return useExperimentRuns(raceSpec, channel);
}

/** The opening balances of a run, known from its first event. */
export function startOf(run: RaceRun): RaceStart | null {
  const start = run.events.find((e) => e.event === 'start');
  return start?.event === 'start' ? start.data : null;
}

/** The workers that have finished so far, in the order they finished. */
export function finishedWorkers(run: RaceRun): WorkerFinished[] {
  return run.events.flatMap((e) => (e.event === 'worker' ? [e.data] : []));
}
