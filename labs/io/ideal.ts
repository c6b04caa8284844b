import type { IoEngine, IoStrategyName } from './contract';

/** httpx.Client() and httpx.AsyncClient() open at most 100 connections by default. */
export const HTTPX_POOL_LIMIT = 100;

/**
 * How long `durations` take when scheduled in order onto `lanes` lanes, each one going to
 * the lane that frees up first (what a thread pool's queue or a semaphore does, with zero
 * overhead). One lane gives the sum; as many lanes as tasks gives the maximum.
 */
export function greedyMakespan(durations: readonly number[], lanes: number): number {
  if (durations.length === 0) return 0;
  if (lanes >= durations.length) return Math.max(...durations);
  const busyUntil = new Array<number>(Math.max(1, lanes)).fill(0);
  for (const duration of durations) {
    let first = 0;
    for (let lane = 1; lane < busyUntil.length; lane++)
      if (busyUntil[lane] < busyUntil[first]) first = lane;
    busyUntil[first] += duration;
  }
  return Math.max(...busyUntil);
}

/**
 * Lanes each strategy has: one for sequential, `workers` threads, `limit` (or all) for async;
 * on CPython no more than httpx's connection pool allows (the rest wait for a connection).
 */
export function lanesFor(
  strategy: IoStrategyName,
  count: number,
  workers: number,
  limit: number | null,
  engine: IoEngine = 'node',
): number {
  const lanes: Record<IoStrategyName, number> = {
    sequential: 1,
    threads: workers,
    async: limit ?? count,
  };
  return engine === 'cpython' ? Math.min(lanes[strategy], HTTPX_POOL_LIMIT) : lanes[strategy];
}

/**
 * The physical limit of a run: the upstream's reported delays (in task order) scheduled onto
 * the strategy's lanes with no overhead at all. Elapsed minus this is the harness's cost.
 */
export function idealMs(
  strategy: IoStrategyName,
  delaysInTaskOrder: readonly number[],
  workers: number,
  limit: number | null,
  engine: IoEngine = 'node',
): number {
  return greedyMakespan(
    delaysInTaskOrder,
    lanesFor(strategy, delaysInTaskOrder.length, workers, limit, engine),
  );
}
