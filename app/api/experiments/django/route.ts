import { experimentRoute } from '@/platform/http/experiment-route';
import { realDjangoCost, realDjangoQuery, runRealDjango } from '@/labs/django/engine/real-run';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/django?django=3.2|4.2&server=runserver|uvicorn: the essay's project on real Django. */
export const { GET, HEAD } = experimentRoute({
  query: realDjangoQuery,
  cost: realDjangoCost,
  run: runRealDjango,
});
