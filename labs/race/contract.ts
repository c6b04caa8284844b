// The race lab's vocabulary, shared by the engine, the API and the UI.
import { oneOf } from '@/lib/experiments/one-of';
import type { StreamEvent } from '@/platform/http/sse';

export const RACE_STRATEGIES = ['threads', 'async'] as const;
export type RaceStrategyName = (typeof RACE_STRATEGIES)[number];
export const isRaceStrategy = oneOf(RACE_STRATEGIES);

export const RACE_ENGINES = ['node', 'cpython'] as const;
export type RaceEngine = (typeof RACE_ENGINES)[number];
export const isRaceEngine = oneOf(RACE_ENGINES);

/** Everything one run needs: the same plan goes to Node's threads, its event loop or CPython. */
export interface RacePlan {
  strategy: RaceStrategyName;
  lock: boolean;
  yield_between: boolean;
  /** Threads, or async tasks on one loop. */
  workers: number;
  /** Transfers in total, split evenly between the workers. */
  transfers: number;
  balances_before: number[];
  /** Workers check a stop flag between transfers and stop once the run has taken this long. */
  max_run_ms: number;
}

/** One worker (a thread, or an async task) has done all its transfers, or was told to stop. */
export interface WorkerFinished {
  worker: number;
  transfers: number;
  /** Milliseconds after the workers were released together. */
  finished_ms: number;
}

/** What a runner measured; `run.ts` derives the totals and the lost updates from it. */
export interface RaceOutcome {
  /** E.g. "Node v20.20.2" or "CPython 3.11.7". */
  runtime: string;
  /** Starting the threads or the interpreter, before the clock started. */
  setup_ms: number;
  /** From the moment all workers were released until the last one finished. */
  elapsed_ms: number;
  completed_transfers: number;
  timed_out: boolean;
  balances_after: number[];
  /** Where each balance would be had no update been lost: before + every transfer's intent. */
  balances_expected: number[];
}

/** An engine × strategy: runs the plan and reports each worker as it finishes. */
export type RaceRunner = (
  plan: RacePlan,
  signal: AbortSignal,
  onWorkerFinished: (finished: WorkerFinished) => void,
) => Promise<RaceOutcome>;

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
