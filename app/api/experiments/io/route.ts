import { experimentRoute } from '@/lib/api/experiment-route';
import { ioQuery, ioCost } from '@/lib/io/params';
import { runIoExperiment } from '@/lib/io/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/io?strategy=…&count=…: sequential, thread-pool or async fetches, timed. */
export const { GET, HEAD } = experimentRoute({ query: ioQuery, cost: ioCost, run: runIoExperiment });
