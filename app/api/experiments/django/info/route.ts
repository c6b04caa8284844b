import { infoRoute } from '@/platform/http/info-route';
import { realDjangoInfo } from '@/labs/django/engine/real-servers';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/django/info: which Django versions and servers this server can run. */
export const { GET } = infoRoute(realDjangoInfo);
