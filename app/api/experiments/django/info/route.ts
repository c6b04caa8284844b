import { errorResponse } from '@/lib/api/errors';
import { realDjangoInfo } from '@/lib/django/real-servers';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/django/info: which Django versions and servers this server can run. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await realDjangoInfo(), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
