// Runs once when a Next.js server starts, before it takes requests.
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  // Every request learns its socket's address and its query as sent (platform/http/request-stamps.ts).
  const { stampRequests } = await import('@/platform/http/request-stamps');
  stampRequests();
  // Only the production server: not the build, not `next dev` (which compiles on demand anyway),
  // and not where an operator opted out with LAB_WARM_UP=0.
  if (process.env.NODE_ENV !== 'production') return;
  if (process.env.NEXT_PHASE === 'phase-production-build' || process.env.LAB_WARM_UP === '0')
    return;
  const { warmUpIo } = await import('@/labs/io/engine/warm-up');
  const started = performance.now();
  try {
    await warmUpIo();
    console.log(
      `warm-up: upstream, HTTP client and a pool of threads ready in ${Math.round(performance.now() - started)} ms`,
    );
  } catch (error) {
    // A failed warm-up costs the first runs some speed, nothing else: start anyway.
    console.warn('warm-up failed:', error instanceof Error ? error.message : error);
  }
}
