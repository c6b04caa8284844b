import { experimentRoute } from '@/lib/api/experiment-route';
import { raceQuery, raceCost } from '@/lib/race/params';
import { runRaceExperiment } from '@/lib/race/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/race?strategy=threads|async&…: the bank transfer, with and without a lock. */
export const { GET, HEAD } = experimentRoute({ query: raceQuery, cost: raceCost, run: runRaceExperiment });
