import { experimentRoute } from '@/platform/http/experiment-route';
import { cpuQuery, cpuCost } from '@/labs/gil/params';
import { runCpuExperiment } from '@/labs/gil/engine/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/gil?strategy=…&tasks=…&work_ms=…&engine=…&gil=…&switch_interval_ms=…: CPU-bound work, timed per thread. */
export const { GET, HEAD } = experimentRoute({
  query: cpuQuery,
  cost: cpuCost,
  run: runCpuExperiment,
});
