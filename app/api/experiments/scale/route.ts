import { experimentRoute } from '@/lib/api/experiment-route';
import { scaleQuery, scaleCost } from '@/lib/scale/params';
import { runScaleExperiment } from '@/lib/scale/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/scale?kind=tasks|threads&count=…&engine=node|cpython: N idle units, measured in a child process. */
export const { GET, HEAD } = experimentRoute({ query: scaleQuery, cost: scaleCost, run: runScaleExperiment });
