// Bounds and defaults of the blocking experiment, importable by the browser (no zod here).

/** Bounds on what one run may ask for (documented on the page and in the README). */
export const BLOCKING_LIMITS = {
  maxTasks: 50,
  maxDelayMs: 2_000,
  maxBlockMs: 3_000,
  /** The lag ticker's period: a timer is due this often on the run's event loop. */
  tickMs: 10,
  /** Runs at once server-wide; each holds a thread (two when offloaded), mostly asleep. */
  maxConcurrentRuns: 4,
  /** Time allowed beyond delay + block (thread start-up, a loaded machine) before the run is killed. */
  graceMs: 10_000,
} as const;

/** What a run does when the query leaves a parameter out. */
export const BLOCKING_DEFAULTS = { tasks: 10, delay_ms: 200, block_ms: 1_000 } as const;
