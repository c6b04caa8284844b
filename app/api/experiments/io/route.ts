import { experimentRoute } from '@/platform/http/experiment-route';
import { ioQuery, ioCost } from '@/labs/io/params';
import { runIoExperiment } from '@/labs/io/engine/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/io?strategy=…&count=…: sequential, thread-pool or async fetches, timed. */
export const { GET, HEAD } = experimentRoute({
  query: ioQuery,
  cost: ioCost,
  run: runIoExperiment,
});
