// A real run shipped with the site, shown (clearly marked) when the live server cannot be reached.
// Made by `node bench/record-io.mjs http://127.0.0.1:PORT` against a running server.
import { recordedRuns } from '@/lib/experiments/recorded-runs';
import type { RunRecord } from '@/lib/experiments/runs-state';
import recording from './recordings/io-10x200.json';
import type { IoRunResult } from './contract';
import type { IoStrategyName, RequestTiming } from './contract';

/** A run of the I/O experiment as the browser keeps it: its streamed events are the requests' timings. */
export type IoRunRecord<S> = RunRecord<IoStrategyName, S, RequestTiming, IoRunResult>;

/** The shipped recording as run records, labelled with when and where it was measured. */
export function recordedIoRuns<S>(): IoRunRecord<S>[] {
  return recordedRuns('io', {
    ...recording,
    runs: recording.runs.map(({ strategy, result }) => ({
      variant: strategy as IoStrategyName,
      settings: recording.settings as S,
      events: (result as IoRunResult).requests,
      result: result as IoRunResult,
    })),
  });
}
