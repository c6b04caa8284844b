// @ts-check
import { getJson } from './get-json.mjs';

/** How long connections warmed for a run count as still open (undici keeps them ~64 s). */
const FRESH_MS = 30_000;

// Per upstream origin: the most connections warmed lately, and when they were last used.
// undici keeps idle keep-alive connections open for as long as the upstream allows
// (its keepAliveTimeout is 65 s), so a run that needs no more than were warmed a moment ago
// finds them open: warming them again would only put more requests on the event loop
// that every concurrent run is measured on. Per thread: each thread has its own connections.
/** @type {Map<string, { count: number, at: number }>} */
const warmed = new Map();

/**
 * Opens `count` keep-alive connections to the upstream before the stopwatch starts, so a
 * run measures waiting, not TCP handshakes (a long-lived `httpx.Client` would have them open).
 * Skipped when that many were warmed in the last 30 s. Best effort: an upstream that does not
 * answer here is reported by the run's own requests, each as a failed request.
 * @param {import('../contract').FetchPlan} plan
 * @param {number} count
 */
export async function warmConnections(plan, count) {
  const health = new URL('/health', plan.tasks[0].url);
  const known = warmed.get(health.origin);
  const now = Date.now();
  if (known && known.count >= count && now - known.at < FRESH_MS) {
    known.at = now;
    return;
  }
  const timeout = AbortSignal.timeout(5_000);
  const opened = await Promise.all(
    Array.from({ length: count }, async () => {
      try {
        await getJson(health.href, { signal: timeout });
        return true;
      } catch {
        return false;
      }
    }),
  );
  if (opened.every(Boolean)) {
    const fresh = known && now - known.at < FRESH_MS;
    warmed.set(health.origin, { count: Math.max(count, fresh ? known.count : 0), at: Date.now() });
  }
}
