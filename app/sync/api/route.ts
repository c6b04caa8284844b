import { errorResponse } from '@/platform/http/errors';
import { syncApiView } from '@/labs/django/engine/views';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** The essay's sync view: `/sync/api/?task_id=3` (with or without the trailing slash). */
export async function GET(request: Request) {
  try {
    const taskId = new URL(request.url).searchParams.get('task_id');
    if (taskId !== null && !/^[\w-]{0,32}$/.test(taskId)) {
      return Response.json(
        {
          error: 'invalid query',
          issues: [{ path: 'task_id', message: 'must be at most 32 letters, digits, - or _' }],
        },
        { status: 400 },
      );
    }
    return Response.json(await syncApiView(taskId), { headers: { 'Cache-Control': 'no-store' } });
  } catch (error) {
    return errorResponse(error);
  }
}
