// The blocking experiment's vocabulary, shared by the engine, the API and the UI.
import type { StreamEvent } from '@/platform/http/sse';
import type { PublicInterpreter } from '@/platform/process/interpreters';
import type { BlockingParams } from './params';

export const BLOCKING_MODES = ['await-sleep', 'blocking-sleep', 'offloaded'] as const;
export type BlockingMode = (typeof BLOCKING_MODES)[number];

/** CPython runs the .py files on one asyncio loop; Node.js their .mjs twins. */
export const BLOCKING_ENGINES = ['cpython', 'node'] as const;
export type BlockingEngine = (typeof BLOCKING_ENGINES)[number];

/** The task that also sleeps for `block_ms` (every mode file says `if (id === 0)`). */
export const BLOCKING_TASK = 0;

/** When one task started and ended, in ms since the run's clock started (on the run's own thread). */
export interface TaskTiming {
  task_id: number;
  start_ms: number;
  end_ms: number;
}

/** One tick of the lag ticker: it ran at `t_ms` and was due `lag_ms` earlier. */
export interface LagSample {
  t_ms: number;
  lag_ms: number;
}

/** What a run's event loop reports, on either engine. */
export type LoopMessage =
  | { type: 'start' }
  | { type: 'task'; timing: TaskTiming }
  | { type: 'lag'; samples: LagSample[] }
  | { type: 'done'; elapsed_ms: number };

/** The whole result of a run: the JSON answer, and the `done` event of the stream. */
export interface BlockingResult {
  mode: BlockingMode;
  params: Omit<BlockingParams, 'mode'>;
  /** The task that also sleeps for `block_ms`. */
  blocking_task: number;
  /** The lag ticker's period. */
  tick_ms: number;
  /** From the run's clock start to the end of the last task. */
  elapsed_ms: number;
  /** Starting the run's thread (and the executor thread when offloaded), before the clock. */
  setup_ms: number;
  /** The worst lag of the run's event loop. */
  max_lag_ms: number;
  /** The worst lag of the server's main event loop meanwhile (it stays small: the run has its own). */
  main_loop_max_lag_ms: number;
  tasks: TaskTiming[];
  lag: LagSample[];
  /** What ran the tasks: CPython (asyncio) or Node.js, and its version. */
  engine: { name: BlockingParams['engine']; version: string };
}

export type BlockingEvent =
  | StreamEvent<
      'start',
      {
        mode: BlockingMode;
        params: BlockingResult['params'];
        blocking_task: number;
        tick_ms: number;
      }
    >
  | StreamEvent<'task', TaskTiming>
  | StreamEvent<'lag', { samples: LagSample[] }>
  | StreamEvent<'done', BlockingResult>;

/** What the blocking lab can run on this server: the answer of GET /api/experiments/blocking/info. */
export interface BlockingInfo {
  /** The python3 the CPython engine runs (the standard library is all it needs), if any. */
  python: PublicInterpreter | null;
  node: { version: string };
}
