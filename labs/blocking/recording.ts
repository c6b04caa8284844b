// A real run shipped with the site, shown (clearly marked) when the live server cannot be reached.
// Made by `node bench/record-blocking.mjs http://127.0.0.1:PORT` against a running server.
import { recordedResultRuns } from '@/lib/experiments/recorded-runs';
import type { RunRecord } from '@/lib/experiments/runs-state';
import recording from './recordings/blocking-10x200-block1000.json';
import type { BlockingResult } from './contract';
import { eventsOfResult, type BlockingLiveEvent } from './summary';
import type { BlockingMode } from './contract';

/** The shipped recording (all three modes at the defaults) as run records, labelled with when and where it was measured. */
export function recordedBlockingRuns<S>(): RunRecord<
  BlockingMode,
  S,
  BlockingLiveEvent,
  BlockingResult
>[] {
  return recordedResultRuns('blocking', recording, eventsOfResult);
}
