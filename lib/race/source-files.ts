// The files each race configuration really runs, for the page's "code that ran". A test
// (source-files.test.ts) checks the list against the runners, so it cannot drift from them.
import type { RaceEngine, RaceStrategyName } from './types';

/** A configuration whose code differs: the engine and the strategy (lock and yield are flags inside the same files). */
export type RaceCodeKey = `${RaceEngine}-${RaceStrategyName}`;

/** The code a run of `engine` × `strategy` executes, entry file first. */
export const RACE_SOURCE_FILES: Record<RaceCodeKey, readonly string[]> = {
  'node-threads': [
    'lib/race/transfer-thread.mjs',
    'lib/race/atomics-mutex.mjs',
    'lib/race/bank.mjs',
  ],
  'node-async': ['lib/race/async-transfers.mjs', 'lib/race/async-mutex.mjs', 'lib/race/bank.mjs'],
  // One script runs both strategies: threads under the GIL, or asyncio tasks.
  'cpython-threads': ['lib/race/python/race.py'],
  'cpython-async': ['lib/race/python/race.py'],
};

/** The key of `RACE_SOURCE_FILES` for a run. */
export function raceCodeKey(engine: RaceEngine, strategy: RaceStrategyName): RaceCodeKey {
  return `${engine}-${strategy}`;
}
