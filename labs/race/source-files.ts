// The files each race configuration really runs, for the page's "code that ran". A test
// (source-files.test.ts) checks the list against the runners, so it cannot drift from them.
import type { RaceEngine, RaceStrategyName } from './contract';

/** A configuration whose code differs: the engine and the strategy (lock and yield are flags inside the same files). */
export type RaceCodeKey = `${RaceEngine}-${RaceStrategyName}`;

/** The code a run of `engine` × `strategy` executes, entry file first. */
export const RACE_SOURCE_FILES: Record<RaceCodeKey, readonly string[]> = {
  'node-threads': [
    'labs/race/workers/transfer-thread.mjs',
    'labs/race/workers/atomics-mutex.mjs',
    'labs/race/workers/bank.mjs',
  ],
  'node-async': [
    'labs/race/workers/async-transfers.mjs',
    'labs/race/workers/async-mutex.mjs',
    'labs/race/workers/bank.mjs',
  ],
  // One script runs both strategies: threads under the GIL, or asyncio tasks.
  'cpython-threads': ['labs/race/workers/race.py'],
  'cpython-async': ['labs/race/workers/race.py'],
};

/** The key of `RACE_SOURCE_FILES` for a run. */
export function raceCodeKey(engine: RaceEngine, strategy: RaceStrategyName): RaceCodeKey {
  return `${engine}-${strategy}`;
}
