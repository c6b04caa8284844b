import { experimentRoute } from '@/lib/api/experiment-route';
import { cpuQuery, cpuCost } from '@/lib/cpu/params';
import { runCpuExperiment } from '@/lib/cpu/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/cpu?strategy=…&tasks=…&work_ms=…&engine=…&gil=…&switch_interval_ms=…: CPU-bound work, timed per thread. */
export const { GET, HEAD } = experimentRoute({ query: cpuQuery, cost: cpuCost, run: runCpuExperiment });
