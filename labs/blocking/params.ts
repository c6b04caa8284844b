import { z } from 'zod';
import { intParam } from '@/platform/http/params.mjs';
import { BLOCKING_DEFAULTS, BLOCKING_LIMITS } from './limits';
import { BLOCKING_ENGINES, BLOCKING_MODES } from './contract';

export { BLOCKING_LIMITS, BLOCKING_DEFAULTS };

export const blockingQuery = z.strictObject({
  mode: z.enum(BLOCKING_MODES),
  // The API's default stays Node; the page picks CPython where the server has python3.
  engine: z.enum(BLOCKING_ENGINES).default('node'),
  tasks: intParam(1, BLOCKING_LIMITS.maxTasks).default(BLOCKING_DEFAULTS.tasks),
  delay_ms: intParam(0, BLOCKING_LIMITS.maxDelayMs).default(BLOCKING_DEFAULTS.delay_ms),
  block_ms: intParam(0, BLOCKING_LIMITS.maxBlockMs).default(BLOCKING_DEFAULTS.block_ms),
});

export type BlockingParams = z.output<typeof blockingQuery>;

/** In-flight units a run holds (admission control): its event-loop thread and its executor thread. */
export function blockingCost(): number {
  return 2;
}
