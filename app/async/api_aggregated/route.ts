import { errorResponse } from '@/platform/http/errors';
import { apiAggregatedView, selfOrigin } from '@/labs/django/engine/views';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The essay's async view: ten concurrent calls of the sync view, timed. */
export async function GET(request: Request) {
  try {
    return Response.json(await apiAggregatedView(selfOrigin(), request.signal), {
      headers: { 'Cache-Control': 'no-store' },
    });
  } catch (error) {
    return errorResponse(error);
  }
}
