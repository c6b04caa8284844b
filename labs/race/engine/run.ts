import 'server-only';
import { eventStream } from '@/platform/http/event-stream';

import { claimExclusive } from '@/platform/process/exclusive';
import { requirePython } from '@/platform/process/python';
import { ACCOUNTS } from '../workers/bank.mjs';
import { cpython } from './cpython';
import { lostUpdatesAtLeast } from '../lost-updates';
import { nodeAsync } from './node-async';
import { nodeThreads } from './node-threads';
import { RACE_NOTES } from '../notes';
import { RACE_LIMITS, type RaceParams } from '../params';
import type { RaceEngine, RaceRunner, RaceStrategyName } from '../contract';
import type { RaceStart, RaceEvent } from '../contract';

const runners: Record<RaceEngine, Record<RaceStrategyName, RaceRunner>> = {
  node: { threads: nodeThreads, async: nodeAsync },
  cpython: { threads: cpython, async: cpython },
};

/** Where the accounts start: random round sums, far enough from zero that no walk reaches it. */
function openingBalances(): number[] {
  return Array.from({ length: ACCOUNTS }, () => 1_000 * (250 + Math.floor(Math.random() * 751)));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Runs the bank-transfer race: a `start` event, a `worker` event as each thread or task
 * finishes, then `done` with the totals. One race run at a time server-wide (admission queues
 * computing runs; a caller that bypasses it gets 429);
 * workers stop between transfers after `maxRunMs` and the result says `timed_out`.
 */
export function runRaceExperiment(
  params: RaceParams,
  signal: AbortSignal,
  { maxRunMs = RACE_LIMITS.maxRunMs }: { maxRunMs?: number } = {},
): AsyncIterable<RaceEvent> {
  return eventStream<RaceEvent>(signal, async (push, runSignal) => {
    if (params.engine === 'cpython') await requirePython();
    const release = claimExclusive('race', 5);
    try {
      const started: RaceStart = { ...params, balances_before: openingBalances() };
      push({ event: 'start', data: started });
      const outcome = await runners[params.engine][params.strategy](
        { ...started, max_run_ms: maxRunMs },
        runSignal,
        (finished) => push({ event: 'worker', data: finished }),
      );
      const expected_total = sum(started.balances_before);
      const actual_total = sum(outcome.balances_after);
      push({
        event: 'done',
        data: {
          ...started,
          ...outcome,
          expected_total,
          actual_total,
          difference: actual_total - expected_total,
          lost_updates: lostUpdatesAtLeast(outcome.balances_after, outcome.balances_expected),
          note: RACE_NOTES[params.engine][params.strategy],
        },
      });
    } finally {
      release();
    }
  });
}
