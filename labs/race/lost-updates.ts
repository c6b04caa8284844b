import { MAX_AMOUNT } from './workers/bank.mjs';

/**
 * How `lost_updates` is counted: a lower bound, never a guess. A lost update is a write that
 * overwrote another transfer's write to the same account, made after this transfer read it;
 * the overwritten transfer's amount (1..MAX_AMOUNT) vanishes from that account. So on each
 * account, the gap between the actual and the intended balance is a sum of lost amounts: at
 * least one update was lost there if the gap is not zero, and at least ⌈|gap| / MAX_AMOUNT⌉.
 * Lost amounts of opposite sign can cancel, so the real count may be higher.
 */
export const LOST_UPDATES_RULE = `at least this many updates were lost: each account whose balance differs from what its transfers intended lost at least ⌈|gap| / ${MAX_AMOUNT}⌉ updates (a transfer moves at most ${MAX_AMOUNT}), and at least one`;

/** The lower bound on lost updates described in `LOST_UPDATES_RULE`. */
export function lostUpdatesAtLeast(actual: readonly number[], intended: readonly number[]): number {
  let lost = 0;
  actual.forEach((balance, account) => {
    const gap = Math.abs(balance - intended[account]);
    if (gap > 0) lost += Math.max(1, Math.ceil(gap / MAX_AMOUNT));
  });
  return lost;
}
