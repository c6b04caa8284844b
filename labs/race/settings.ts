// The race lab's controls as the browser holds them, and the API query they make. No zod here:
// the browser imports this file, and the server is the validator.

/** The knobs of one race run, as strings (they live in the page URL): the server says what is wrong. */
export type RaceSettings = Record<
  'engine' | 'strategy' | 'workers' | 'transfers' | 'lock' | 'yield_between',
  string
>;

/**
 * Where the lab starts: Node threads without a lock, like the server's defaults, but bigger
 * (8 workers, 200,000 transfers; the server's default is 4 × 20,000). Two threads must run at
 * the same moment on different cores to lose an update; on a busy 2-core server small runs
 * often finish without ever overlapping (measured here under load: 4 × 20,000 lost nothing in
 * 3 of 3 runs while a browser drew the page, 8 × 200,000 lost money in 4 of 4), and a class
 * should see the race, not luck. Every configuration still takes seconds at most.
 */
export const RACE_DEFAULT_SETTINGS: Readonly<RaceSettings> = {
  engine: 'node',
  strategy: 'threads',
  workers: '8',
  transfers: '200000',
  lock: 'off',
  yield_between: 'off',
};

/**
 * What a run is, beyond the settings: with the lock or without. A run of "lock off, then on"
 * is one settings object and several variants.
 */
export type RaceVariant = 'lock' | 'no-lock';

/** The variant the lock switch asks for. */
export function lockVariant(settings: Pick<RaceSettings, 'lock'>): RaceVariant {
  return settings.lock === 'on' ? 'lock' : 'no-lock';
}

/**
 * Whether a switch point between read and write means anything for this engine and strategy.
 * Node's worker threads run at the same moment on different cores and need none (the server
 * refuses the combination with a 400).
 */
export function yieldBetweenApplies(engine: string, strategy: string): boolean {
  return !(engine === 'node' && strategy === 'threads');
}

/** The API query (`/api/experiments/race?…`) for one run of `variant` with these settings. */
export function raceQueryString(variant: RaceVariant, settings: Readonly<RaceSettings>): string {
  return new URLSearchParams({
    strategy: settings.strategy,
    workers: settings.workers.trim(),
    transfers: settings.transfers.trim(),
    lock: variant === 'lock' ? 'on' : 'off',
    // A switch the server refuses for this engine and strategy is off (the form says why).
    yield_between:
      settings.yield_between === 'on' && yieldBetweenApplies(settings.engine, settings.strategy)
        ? 'on'
        : 'off',
    engine: settings.engine,
  }).toString();
}
