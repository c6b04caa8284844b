// Real runs shipped with the site, shown (clearly marked) when the live server cannot be reached.
// Made by `node bench/record-race.mjs http://127.0.0.1:PORT` against a running server.
import { recordedRuns, type RecordingFile } from '@/lib/experiments/recorded-runs';
import recording from './recordings/race-node-4x20000.json';
import type { RaceResult } from './contract';
import type { RaceRunRecord, RaceStreamed } from './run-record';
import type { RaceSettings, RaceVariant } from './settings';

/** The shipped recording (Node, threads without and with the lock, async without and with an await inside) as run records. */
export function recordedRaceRuns(): RaceRunRecord[] {
  return recordedRuns(
    'race',
    recording as unknown as RecordingFile<RaceVariant, RaceSettings, RaceStreamed, RaceResult>,
  );
}
