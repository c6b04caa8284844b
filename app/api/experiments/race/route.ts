import { experimentRoute } from '@/platform/http/experiment-route';
import { raceQuery, raceCost } from '@/labs/race/params';
import { runRaceExperiment } from '@/labs/race/engine/run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/race?strategy=threads|async&…: the bank transfer, with and without a lock. */
export const { GET, HEAD } = experimentRoute({
  query: raceQuery,
  cost: raceCost,
  run: runRaceExperiment,
});
