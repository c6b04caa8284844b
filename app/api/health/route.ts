import { admission } from '@/lib/api/admission';

// A cheap liveness probe for the test runner and the load scripts. The memory figures let
// `npm run soak` watch the server's resident set over thousands of runs.
export const dynamic = 'force-dynamic';

/**
 * GET /api/health: `{ok, uptime_s, rss_bytes, heap_used_bytes, heap_total_bytes,
 * external_bytes, admission: {runs, inflight, queued}}` (the heap figures are the main
 * thread's; uptime tells a long measurement that the server restarted under it).
 */
export function GET() {
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
    { headers: { 'Cache-Control': 'no-store' } },
  );
}
