import 'server-only';
import { eventStream } from '@/lib/api/event-stream';
import type { StreamEvent } from '@/lib/api/sse';
import { claimExclusive } from '@/lib/process/exclusive';
import { requirePython } from '@/lib/process/python';
import { ACCOUNTS } from './bank.mjs';
import { cpython } from './cpython';
import { lostUpdatesAtLeast } from './lost-updates';
import { nodeAsync } from './node-async';
import { nodeThreads } from './node-threads';
import { RACE_NOTES } from './notes';
import { RACE_LIMITS, type RaceParams } from './params';
import type {
  RaceEngine,
  RaceOutcome,
  RaceRunner,
  RaceStrategyName,
  WorkerFinished,
} from './types';

/** The whole result of a run: the JSON answer, and the `done` event of the stream. */
export interface RaceResult extends RaceOutcome {
  strategy: RaceStrategyName;
  engine: RaceEngine;
  lock: boolean;
  yield_between: boolean;
  workers: number;
  transfers: number;
  balances_before: number[];
  /** The sum of the balances before; every transfer keeps it. */
  expected_total: number;
  actual_total: number;
  /** actual − expected: money created (> 0) or destroyed (< 0) by lost updates. */
  difference: number;
  /** A lower bound, see LOST_UPDATES_RULE. */
  lost_updates: number;
  /** Why this engine and strategy can or cannot interleave a transfer. */
  note: string;
}

/** What a run is about, known before it starts: the query and the opening balances. */
export type RaceStart = Pick<
  RaceResult,
  'strategy' | 'engine' | 'lock' | 'yield_between' | 'workers' | 'transfers' | 'balances_before'
>;

export type RaceEvent =
  | StreamEvent<'start', RaceStart>
  | StreamEvent<'worker', WorkerFinished>
  | StreamEvent<'done', RaceResult>;

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
