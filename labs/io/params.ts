import { z } from 'zod';
import { intParam, rateParam, seedParam } from '@/platform/http/params.mjs';
import { IO_ENGINES, IO_STRATEGIES } from './contract';
import { lanesFor } from './ideal';
import { IO_DEFAULTS, IO_LIMITS } from './limits';

export { IO_LIMITS };

export const ioQuery = z
  .strictObject({
    strategy: z.enum(IO_STRATEGIES),
    // The API's default stays Node (scripts and benches rely on it); the page picks CPython
    // where the server has it.
    engine: z.enum(IO_ENGINES).default('node'),
    count: intParam(1, IO_LIMITS.maxCount).default(IO_DEFAULTS.count),
    delay_ms: intParam(0, IO_LIMITS.maxDelayMs).default(IO_DEFAULTS.delay_ms),
    jitter_ms: intParam(0, IO_LIMITS.maxJitterMs).default(IO_DEFAULTS.jitter_ms),
    workers: intParam(1, IO_LIMITS.maxWorkers).default(IO_DEFAULTS.workers),
    limit: intParam(1, IO_LIMITS.maxCount).optional(),
    fail_rate: rateParam().default(IO_DEFAULTS.fail_rate),
    seed: seedParam().optional(),
  })
  .superRefine((query, context) => {
    const lanes = lanesFor(
      query.strategy,
      query.count,
      query.workers,
      query.limit ?? null,
      query.engine,
    );
    const worstCase = Math.ceil(query.count / lanes) * (query.delay_ms + query.jitter_ms);
    if (worstCase > IO_LIMITS.maxRunMs) {
      context.addIssue({
        code: 'custom',
        path: ['count'],
        message: `this run would take up to ${Math.round(worstCase / 1000)} s; the limit is ${IO_LIMITS.maxRunMs / 1000} s (fewer requests, a shorter delay or more lanes)`,
      });
    }
  });

export type IoParams = z.output<typeof ioQuery>;

/** In-flight units a run holds: its upstream requests in flight at once (admission control). */
export function ioCost(params: IoParams): number {
  return lanesFor(
    params.strategy,
    params.count,
    params.workers,
    params.limit ?? null,
    params.engine,
  );
}
