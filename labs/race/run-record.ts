// A race run as the browser keeps it (see lib/experiments/runs-state.ts): shared by the lab's
// hook and the shipped recording.
import type { RunRecord } from '@/lib/experiments/runs-state';
import type { RaceResult, RaceStart } from './contract';
import type { RaceSettings, RaceVariant } from './settings';
import type { WorkerFinished } from './contract';

/** What a race run streams before its result: the opening balances, then each worker as it finishes. */
export type RaceStreamed =
  { event: 'start'; data: RaceStart } | { event: 'worker'; data: WorkerFinished };

export type RaceRunRecord = RunRecord<RaceVariant, RaceSettings, RaceStreamed, RaceResult>;
