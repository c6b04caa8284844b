import { infoRoute } from '@/platform/http/info-route';
import { blockingInfo } from '@/labs/blocking/engine/info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/blocking/info: whether this server has a python3 for the CPython engine. */
export const { GET } = infoRoute(blockingInfo);
