import { experimentRoute } from '@/lib/api/experiment-route';
import { blockingQuery, blockingCost } from '@/lib/blocking/params';
import { runBlockingExperiment } from '@/lib/blocking/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/blocking?mode=…&tasks=…&delay_ms=…&block_ms=…: one blocking task among async ones. */
export const { GET, HEAD } = experimentRoute({ query: blockingQuery, cost: blockingCost, run: runBlockingExperiment });
