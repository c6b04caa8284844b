import { experimentRoute } from '@/platform/http/experiment-route';
import { blockingQuery, blockingCost } from '@/labs/blocking/params';
import { runBlockingExperiment } from '@/labs/blocking/engine/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/blocking?mode=…&tasks=…&delay_ms=…&block_ms=…: one blocking task among async ones. */
export const { GET, HEAD } = experimentRoute({
  query: blockingQuery,
  cost: blockingCost,
  run: runBlockingExperiment,
});
