// A real run shipped with the site, shown (clearly marked) when the live server cannot be reached.
// Made by `node bench/record-gil.mjs http://127.0.0.1:PORT` against a running server.
import { recordedResultRuns } from '@/lib/experiments/recorded-runs';
import type { RunRecord } from '@/lib/experiments/runs-state';
import recording from './recordings/cpu-4x300-default-engine.json';
import type { CpuResult } from './contract';
import { eventsOfCpuResult, type CpuLiveEvent } from './summary';
import type { CpuStrategy } from './contract';

/** The shipped recording (all four strategies on the server's default engine) as run records, labelled with when and where it was measured. */
export function recordedCpuRuns<S>(): RunRecord<CpuStrategy, S, CpuLiveEvent, CpuResult>[] {
  return recordedResultRuns('gil', recording, eventsOfCpuResult);
}
