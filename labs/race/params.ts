import { z } from 'zod';
import { intParam, switchParam } from '@/platform/http/params.mjs';
import { RACE_ENGINES, RACE_STRATEGIES } from './contract';

/** Bounds on what one run may ask for (documented on the page and in the README). */
export const RACE_LIMITS = {
  /** Threads, or async tasks on one loop. */
  maxWorkers: 16,
  /** Transfers in total, over all workers. */
  maxTransfers: 1_000_000,
  /**
   * Workers stop between transfers once a run has taken this long, and the result says so
   * (`timed_out`). Only CPython with a lock and `time.sleep(0)` inside it gets near: every
   * transfer then hands the GIL and the lock around (~85 µs each here).
   */
  maxRunMs: 20_000,
} as const;

export const raceQuery = z
  .strictObject({
    strategy: z.enum(RACE_STRATEGIES),
    workers: intParam(1, RACE_LIMITS.maxWorkers).default(4),
    transfers: intParam(1, RACE_LIMITS.maxTransfers).default(20_000),
    lock: switchParam().default(false),
    yield_between: switchParam().default(false),
    engine: z.enum(RACE_ENGINES).default('node'),
  })
  .superRefine((query, context) => {
    if (query.strategy === 'threads' && query.engine === 'node' && query.yield_between) {
      context.addIssue({
        code: 'custom',
        path: ['yield_between'],
        message:
          "Node's worker threads run at the same moment on different cores: they need no switch point to interleave (use it with async, or with engine=cpython)",
      });
    }
  });

export type RaceParams = z.output<typeof raceQuery>;

/** What a run holds (admission control): one thread per worker (async: one), all computing. */
export function raceCost(params: RaceParams): { units: number; computes: true } {
  return { units: params.strategy === 'threads' ? params.workers : 1, computes: true };
}
