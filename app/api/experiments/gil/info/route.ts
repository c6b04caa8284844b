import { infoRoute } from '@/platform/http/info-route';
import { cpuInfo } from '@/labs/gil/engine/info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/gil/info: cores, the CPython interpreters found (if any) and the lab's limits. */
export const { GET } = infoRoute(cpuInfo);
