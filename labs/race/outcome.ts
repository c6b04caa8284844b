// How the race lab reads a result: what each account should hold, whether money appeared or
// vanished, which configuration a run was, and what the lock cost. Pure functions for the UI.
import type { RaceEngine, RaceResult, RaceStrategyName } from './contract';

/** The fields of a race result (contract.ts RaceResult) these functions read. */
export type RaceOutcomeView = Pick<
  RaceResult,
  | 'engine'
  | 'strategy'
  | 'lock'
  | 'yield_between'
  | 'workers'
  | 'transfers'
  | 'balances_before'
  | 'balances_after'
  | 'balances_expected'
  | 'difference'
  | 'lost_updates'
  | 'elapsed_ms'
  | 'timed_out'
>;

/** One account: where it started, where its transfers meant it to end, and where it did end. */
export interface AccountRow {
  account: number;
  before: number;
  expected: number;
  actual: number;
  /** actual − expected: money this account gained (> 0) or lost (< 0) through lost updates. */
  gap: number;
}

/** Every account of the bank, in order. */
export function accountRows(
  result: Pick<RaceOutcomeView, 'balances_before' | 'balances_after' | 'balances_expected'>,
): AccountRow[] {
  return result.balances_before.map((before, account) => ({
    account,
    before,
    expected: result.balances_expected[account],
    actual: result.balances_after[account],
    gap: result.balances_after[account] - result.balances_expected[account],
  }));
}

/**
 * What happened to the money: created or destroyed (the total changed), hidden (the total
 * happens to match but some balances are wrong: lost amounts cancelled out), or kept.
 */
export type MoneyVerdict = 'created' | 'destroyed' | 'hidden' | 'kept';

/** The verdict for a result. */
export function moneyVerdict(
  result: Pick<RaceOutcomeView, 'difference' | 'lost_updates'>,
): MoneyVerdict {
  if (result.difference > 0) return 'created';
  if (result.difference < 0) return 'destroyed';
  return result.lost_updates > 0 ? 'hidden' : 'kept';
}

/** What was run, as far as the outcome depends on it (sizes aside). */
export type RaceConfig = Pick<RaceOutcomeView, 'engine' | 'strategy' | 'lock' | 'yield_between'>;

/**
 * Whether two transfers can interleave in this configuration at all: threads without a lock
 * can (however rarely), async tasks only with an await between read and write. Where they can,
 * balanced books are luck, not safety.
 */
export function raceCanInterleave(c: RaceConfig): boolean {
  return !c.lock && (c.strategy === 'threads' || c.yield_between);
}

/** A stable key for a configuration, e.g. "node-threads-nolock-noyield". */
export function raceConfigKey(c: RaceConfig): string {
  return `${c.engine}-${c.strategy}-${c.lock ? 'lock' : 'nolock'}-${c.yield_between ? 'yield' : 'noyield'}`;
}

const ENGINE_NAMES: Record<RaceEngine, string> = { node: 'Node', cpython: 'CPython' };
const UNIT_NAMES: Record<RaceStrategyName, string> = { threads: 'threads', async: 'async tasks' };

/** What sits between the read and the write when `yield_between` is on, per engine and strategy. */
export const SWITCH_POINT: Record<RaceEngine, Record<RaceStrategyName, string>> = {
  node: { threads: '(none: threads need no switch point)', async: 'await setImmediate()' },
  cpython: { threads: 'time.sleep(0)', async: 'await asyncio.sleep(0)' },
};

/** The lock each engine and strategy takes when the lock is on. */
export const LOCK_NAME: Record<RaceEngine, Record<RaceStrategyName, string>> = {
  node: { threads: 'an Atomics futex mutex', async: 'an async mutex (like asyncio.Lock)' },
  cpython: { threads: 'threading.Lock', async: 'asyncio.Lock' },
};

/** "Node threads, no lock" or "CPython async tasks, await asyncio.sleep(0) inside, lock". */
export function raceConfigLabel(c: RaceConfig): string {
  const parts = [`${ENGINE_NAMES[c.engine]} ${UNIT_NAMES[c.strategy]}`];
  if (c.yield_between) parts.push(`${SWITCH_POINT[c.engine][c.strategy]} inside`);
  parts.push(c.lock ? 'lock' : 'no lock');
  return parts.join(', ');
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

/** What the lock cost, from finished runs that differ only in the lock. */
export interface LockCost {
  /** Median elapsed time of the runs with the lock, and without. */
  locked_ms: number;
  unlocked_ms: number;
  locked_runs: number;
  unlocked_runs: number;
  /** locked − unlocked. */
  extra_ms: number;
  /** locked / unlocked. */
  ratio: number;
}

/**
 * The lock's price for `result`'s configuration: the median elapsed time of every run in
 * `results` (which may include `result`) with the same engine, strategy, workers, transfers
 * and switch point, with the lock against without. Null until both sides have a complete
 * run (runs stopped at the time cap did less work and do not count).
 */
export function lockCost(
  result: RaceOutcomeView,
  results: readonly RaceOutcomeView[],
): LockCost | null {
  const comparable = results.filter(
    (r) =>
      !r.timed_out &&
      r.engine === result.engine &&
      r.strategy === result.strategy &&
      r.workers === result.workers &&
      r.transfers === result.transfers &&
      r.yield_between === result.yield_between,
  );
  const locked = comparable.filter((r) => r.lock).map((r) => r.elapsed_ms);
  const unlocked = comparable.filter((r) => !r.lock).map((r) => r.elapsed_ms);
  if (locked.length === 0 || unlocked.length === 0) return null;
  const locked_ms = median(locked);
  const unlocked_ms = median(unlocked);
  return {
    locked_ms,
    unlocked_ms,
    locked_runs: locked.length,
    unlocked_runs: unlocked.length,
    extra_ms: locked_ms - unlocked_ms,
    ratio: unlocked_ms > 0 ? locked_ms / unlocked_ms : Number.POSITIVE_INFINITY,
  };
}
