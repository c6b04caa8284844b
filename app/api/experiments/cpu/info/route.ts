import { errorResponse } from '@/lib/api/errors';
import { cpuInfo } from '@/lib/cpu/info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/cpu/info: cores, the CPython interpreters found (if any) and the lab's limits. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await cpuInfo(), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
