import { Cap, sharedCap } from '@/platform/http/cap';
import { errorResponse } from '@/platform/http/errors';
import { parseQuery, urlOf } from '@/platform/http/query';
import { respond, upstreamQuery } from '@/platform/upstream/respond.mjs';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** Requests of this route waiting at once (each may wait up to 15 s); more get 429. */
const MAX_WAITING = Number(process.env.LAB_MAX_UPSTREAM_REQUESTS) || 64;
const waiting = () =>
  sharedCap(
    'upstream-route',
    () => new Cap(MAX_WAITING, 'too many upstream requests are waiting; try again shortly'),
  );

/**
 * The slow upstream, reachable from a browser for a look at what the experiments fetch.
 * (The experiments themselves use the same code served from its own thread.)
 */
export async function GET(request: Request) {
  try {
    const query = parseQuery(urlOf(request), upstreamQuery);
    const { status, body } = await waiting().run(() => respond(query, request.signal));
    return Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
