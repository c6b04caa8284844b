// The I/O experiment's vocabulary, shared by the engine, the API and the UI.
import type { StreamEvent } from '@/platform/http/sse';
import type { IoParams } from './params';

export const IO_STRATEGIES = ['sequential', 'threads', 'async'] as const;
export type IoStrategyName = (typeof IO_STRATEGIES)[number];

/** What runs the strategies: CPython (the .py files, with httpx) or Node.js (the .mjs files). */
export const IO_ENGINES = ['cpython', 'node'] as const;
export type IoEngine = (typeof IO_ENGINES)[number];

/** One request to make: its id and the upstream URL (built on the server, never sent by a client). */
export interface FetchTask {
  taskId: number;
  url: string;
  /** The request is abandoned, as a failed request, after this long (none if absent). */
  timeoutMs?: number;
}

/** Everything a strategy needs to run. */
export interface FetchPlan {
  tasks: FetchTask[];
  /** Threads in the pool (threads strategy). */
  workers: number;
  /** Most requests in flight at once (async strategy); null = no limit. */
  limit: number | null;
}

/** The timing of one request, as measured where it ran (the event-loop thread or a pool thread). */
export interface RequestTiming {
  task_id: number;
  /** Milliseconds since the run's clock started. */
  start_ms: number;
  end_ms: number;
  /** sequential: 0; threads: the OS thread's id; async: the in-flight slot. -1: a thread that died. */
  lane: number;
  ok: boolean;
  status: number | null;
  error: string | null;
  /** How long the upstream says it waited; the ideal time is computed from these. */
  delay_ms: number | null;
}

/** The run's stopwatch; strategies start it after their setup, right before the first request. */
export interface RunClock {
  /** Absolute start (ms on the process-wide clock), NaN until started. */
  readonly origin: number;
  /** Absolute end, NaN until stopped. */
  readonly end: number;
  /** Starts the clock (once): now, or at `at`, a time read on another thread of this process. */
  start(at?: number): void;
  /** Stops the clock (once): now, or at `at`; a run that is stopped by nobody is stopped when it ends. */
  stop(at?: number): void;
}

/** A strategy: runs the plan and yields each request's timing as it completes. */
export type IoStrategy = (
  plan: FetchPlan,
  clock: RunClock,
  signal: AbortSignal,
) => AsyncIterable<RequestTiming>;

/** What the I/O lab can run on this server: the answer of GET /api/experiments/io/info. */
export interface IoInfo {
  engines: readonly IoEngine[];
  default_engine: IoEngine;
  python: { version: string; httpx: string } | null;
  node: { version: string };
  /** One line on what to install when CPython cannot run here. */
  missing: string | null;
  httpx_pool_limit: number;
}

/** The whole result of a run: the JSON answer, and the `done` event of the stream. */
export interface IoRunResult {
  strategy: IoParams['strategy'];
  params: Omit<IoParams, 'strategy' | 'limit' | 'seed'> & { limit: number | null; seed: string };
  elapsed_ms: number;
  ideal_ms: number;
  overhead_ms: number;
  /** Time spent before the clock started (e.g. creating and warming a thread pool). */
  setup_ms: number;
  failed: number;
  /** What ran the strategy: CPython (with its httpx) or Node.js, and its version. */
  engine: { name: IoParams['engine']; version: string; httpx?: string };
  requests: RequestTiming[];
}

export type IoEvent =
  | StreamEvent<'start', { strategy: IoParams['strategy']; params: IoRunResult['params'] }>
  | StreamEvent<'request', RequestTiming>
  | StreamEvent<'done', IoRunResult>;
