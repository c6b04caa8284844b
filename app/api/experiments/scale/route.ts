import { experimentRoute } from '@/platform/http/experiment-route';
import { scaleQuery, scaleCost } from '@/labs/scale/params';
import { runScaleExperiment } from '@/labs/scale/engine/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/scale?kind=tasks|threads&count=…&engine=node|cpython: N idle units, measured in a child process. */
export const { GET, HEAD } = experimentRoute({
  query: scaleQuery,
  cost: scaleCost,
  run: runScaleExperiment,
});
