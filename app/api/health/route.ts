// A cheap liveness probe for the test runner and load scripts.
export const dynamic = 'force-dynamic';

export function GET() {
  return Response.json({ ok: true });
}
