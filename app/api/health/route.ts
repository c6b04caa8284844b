import { admission } from '@/platform/runs/admission';
import { mayReadDetails } from '@/platform/http/operator';

// A cheap liveness probe for the test runner and the load scripts. The details (memory,
// admission counts) are for the operator: `npm run soak` watches the resident set with them.
export const dynamic = 'force-dynamic';

/**
 * GET /api/health: `{ok}` for anyone; from this machine, or with the operator's token
 * (`Authorization: Bearer $LAB_OPERATOR_TOKEN`), also `uptime_s, rss_bytes, heap_used_bytes,
 * heap_total_bytes, external_bytes, admission: {runs, inflight, computing, queued}` (the heap
 * figures are the main thread's; uptime tells a long measurement that the server restarted).
 */
export function GET(request: Request) {
  const headers = { 'Cache-Control': 'no-store' };
  if (!mayReadDetails(request)) return Response.json({ ok: true }, { headers });
  const { rss, heapUsed, heapTotal, external } = process.memoryUsage();
  return Response.json(
    {
      ok: true,
      uptime_s: Math.round(process.uptime()),
      rss_bytes: rss,
      heap_used_bytes: heapUsed,
      heap_total_bytes: heapTotal,
      external_bytes: external,
      admission: admission.usage(),
    },
    { headers },
  );
}
