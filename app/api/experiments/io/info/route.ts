import { errorResponse } from '@/lib/api/errors';
import { ioInfo } from '@/lib/io/info';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** GET /api/experiments/io/info: the engines this server can run the I/O lab on, and their versions. */
export async function GET(): Promise<Response> {
  try {
    return Response.json(await ioInfo(), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
