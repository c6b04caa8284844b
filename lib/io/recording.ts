// A real run shipped with the site, shown (clearly marked) when the live server cannot be reached.
import recording from './recordings/io-10x200.json';
import type { IoRunResult } from './run';
import type { IoRunRecord } from './runs-state';
import type { IoStrategyName } from './types';

/** The shipped recording as run records, labelled with when and where it was measured. */
export function recordedIoRuns<S>(): IoRunRecord<S>[] {
  return recording.runs.map(({ strategy, result }) => ({
    id: `recording-${strategy}`,
    strategy: strategy as IoStrategyName,
    settings: recording.settings as S,
    status: 'done' as const,
    requests: (result as IoRunResult).requests,
    result: result as IoRunResult,
    error: null,
    recording: { recorded_at: recording.recorded_at, machine: recording.machine },
  }));
}
