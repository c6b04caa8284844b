import { describe, expect, it } from 'vitest';
import {
  accountRows,
  lockCost,
  moneyVerdict,
  raceCanInterleave,
  raceConfigKey,
  raceConfigLabel,
  type RaceOutcomeView,
} from './outcome';

const run = (change: Partial<RaceOutcomeView>): RaceOutcomeView => ({
  engine: 'node',
  strategy: 'threads',
  lock: false,
  yield_between: false,
  workers: 4,
  transfers: 20_000,
  balances_before: [100, 200],
  balances_after: [100, 200],
  balances_expected: [100, 200],
  difference: 0,
  lost_updates: 0,
  elapsed_ms: 10,
  timed_out: false,
  ...change,
});

describe('race outcome', () => {
  it('lists each account with its gap between actual and intended balance', () => {
    expect(
      accountRows({
        balances_before: [100, 200],
        balances_expected: [90, 210],
        balances_after: [100, 210],
      }),
    ).toEqual([
      { account: 0, before: 100, expected: 90, actual: 100, gap: 10 },
      { account: 1, before: 200, expected: 210, actual: 210, gap: 0 },
    ]);
  });

  it('tells created, destroyed, hidden (cancelled out) and kept money apart', () => {
    expect(moneyVerdict({ difference: 12, lost_updates: 1 })).toBe('created');
    expect(moneyVerdict({ difference: -3, lost_updates: 1 })).toBe('destroyed');
    expect(moneyVerdict({ difference: 0, lost_updates: 2 })).toBe('hidden');
    expect(moneyVerdict({ difference: 0, lost_updates: 0 })).toBe('kept');
  });

  it('names configurations by what decides the outcome', () => {
    expect(raceConfigLabel(run({}))).toBe('Node threads, no lock');
    expect(
      raceConfigLabel(
        run({ engine: 'cpython', strategy: 'async', yield_between: true, lock: true }),
      ),
    ).toBe('CPython async tasks, await asyncio.sleep(0) inside, lock');
    expect(raceConfigKey(run({ lock: true }))).toBe('node-threads-lock-noyield');
    expect(raceConfigKey(run({ strategy: 'async', yield_between: true }))).not.toBe(
      raceConfigKey(run({ strategy: 'async' })),
    );
  });

  it('knows where balanced books are luck: unlocked threads, or an await inside the transfer', () => {
    expect(raceCanInterleave(run({}))).toBe(true);
    expect(raceCanInterleave(run({ engine: 'cpython' }))).toBe(true);
    expect(raceCanInterleave(run({ lock: true }))).toBe(false);
    expect(raceCanInterleave(run({ strategy: 'async' }))).toBe(false);
    expect(raceCanInterleave(run({ strategy: 'async', yield_between: true }))).toBe(true);
    expect(raceCanInterleave(run({ strategy: 'async', yield_between: true, lock: true }))).toBe(
      false,
    );
  });

  it('prices the lock from medians of runs that differ only in the lock', () => {
    const current = run({ lock: true, elapsed_ms: 40 });
    const history = [
      run({ elapsed_ms: 10 }),
      run({ elapsed_ms: 30 }),
      run({ elapsed_ms: 20 }),
      current,
      run({ lock: true, elapsed_ms: 60 }),
      // Not comparable: other sizes, another strategy, or stopped at the time cap.
      run({ workers: 8, elapsed_ms: 1 }),
      run({ strategy: 'async', elapsed_ms: 1 }),
      run({ timed_out: true, elapsed_ms: 1 }),
    ];
    expect(lockCost(current, history)).toEqual({
      locked_ms: 50,
      unlocked_ms: 20,
      locked_runs: 2,
      unlocked_runs: 3,
      extra_ms: 30,
      ratio: 2.5,
    });
  });

  it('has no price until both sides have run', () => {
    const current = run({ lock: true });
    expect(lockCost(current, [current])).toBeNull();
    expect(lockCost(current, [current, run({ lock: false, yield_between: true })])).toBeNull();
  });
});
