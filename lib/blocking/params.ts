import { z } from 'zod';
import { intParam } from '@/lib/api/params.mjs';
import { BLOCKING_MODES } from './types';

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

export const blockingQuery = z.strictObject({
  mode: z.enum(BLOCKING_MODES),
  tasks: intParam(1, BLOCKING_LIMITS.maxTasks).default(10),
  delay_ms: intParam(0, BLOCKING_LIMITS.maxDelayMs).default(200),
  block_ms: intParam(0, BLOCKING_LIMITS.maxBlockMs).default(1_000),
});

export type BlockingParams = z.output<typeof blockingQuery>;
