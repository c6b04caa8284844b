// The blocking experiment's vocabulary, shared by the engine, the API and the UI.

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
