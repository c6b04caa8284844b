import type { FetchPlan } from './types';

/**
 * Opens `count` keep-alive connections to the upstream before the stopwatch starts, so a
 * run measures waiting, not TCP handshakes (a long-lived `httpx.Client` would have them open).
 */
export async function warmConnections(plan: FetchPlan, count: number): Promise<void> {
  const health = new URL('/health', plan.tasks[0].url).href;
  await Promise.all(Array.from({ length: count }, async () => (await fetch(health)).arrayBuffer()));
}
