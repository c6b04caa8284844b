// Bounds and defaults of the CPU experiment, importable by the browser (no zod here).

/** Bounds on what one run may ask for (documented on the page and in the README). */
export const CPU_LIMITS = {
  maxTasks: 8,
  minWorkMs: 10,
  maxWorkMs: 2_000,
  minSwitchIntervalMs: 1,
  maxSwitchIntervalMs: 100,
  /** Beyond 3× the sequential estimate, a run is killed after this much extra time… */
  graceMs: 15_000,
  /** …and never later than this after it started. */
  maxRunMs: 60_000,
} as const;

/** What a run does when the query leaves a parameter out (engine and GIL depend on the server). */
export const CPU_DEFAULTS = { tasks: 4, work_ms: 300, switch_interval_ms: 5 } as const;
