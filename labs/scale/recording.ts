// Real runs shipped with the site, shown (clearly marked) when the live server cannot be reached.
// Made by `node bench/record-scale.mjs http://127.0.0.1:PORT` against a running server.
import { recordedRuns, type RecordingFile } from '@/lib/experiments/recorded-runs';
import recording from './recordings/scale-tasks-threads.json';
import type { ScaleResult } from './contract';
import type { ScaleRunRecord, ScaleStreamed } from './run-record';
import type { ScaleSettings } from './settings';

/** The shipped recording (tasks and threads at a few sizes, both engines) as run records. */
export function recordedScaleRuns(): ScaleRunRecord[] {
  return recordedRuns(
    'scale',
    recording as unknown as RecordingFile<string, ScaleSettings, ScaleStreamed, ScaleResult>,
  );
}
