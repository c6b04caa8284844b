// Bounds of the I/O experiment, importable by the browser (no zod here).

export const IO_LIMITS = {
  maxCount: 1000,
  maxDelayMs: 10_000,
  maxJitterMs: 5_000,
  maxWorkers: 64,
  /** The longest a run may be expected to take, even at zero overhead. */
  maxRunMs: 120_000,
  /**
   * A request still unanswered this long after the upstream's promised wait (delay + jitter)
   * is given up as a failed request, so a stuck upstream cannot hold a run (and its slot).
   */
  requestGraceMs: 10_000,
} as const;

export const IO_DEFAULTS = {
  count: 10,
  delay_ms: 100,
  jitter_ms: 0,
  workers: 5,
  limit: null as number | null,
  fail_rate: 0,
  seed: '',
};
