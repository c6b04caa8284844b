import { errorResponse } from '@/lib/api/errors';
import { parseQuery } from '@/lib/api/query';
import { respond, upstreamQuery } from '@/lib/upstream/respond.mjs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/**
 * The slow upstream, reachable from a browser for a look at what the experiments fetch.
 * (The experiments themselves use the same code served from its own thread.)
 */
export async function GET(request: Request) {
  try {
    const query = parseQuery(new URL(request.url), upstreamQuery);
    const { status, body } = await respond(query, request.signal);
    return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
