import { infoRoute } from '@/platform/http/info-route';
import { ioInfo } from '@/labs/io/engine/info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/io/info: the engines this server can run the I/O lab on, and their versions. */
export const { GET } = infoRoute(ioInfo);
