import { once } from 'node:events';
import { existsSync, readdirSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/experiments/io/route';
import { ApiError } from '@/platform/http/errors';
import { upstreamOrigin } from '@/platform/upstream';
import { MAX_POOL_THREADS, closeIdlePools, leasePool, type PoolLease } from './thread-pools';

// The budget is read when thread-pools.ts is imported; a small one makes it easy to hit.
vi.hoisted(() => {
  process.env.LAB_MAX_POOL_THREADS = '4';
});

let warmUrl: string;
beforeAll(async () => {
  warmUrl = `${await upstreamOrigin()}/health`;
});
afterAll(closeIdlePools);

interface PoolState {
  idle: Map<number, unknown[]>;
  leasedThreads: number;
}
const state = () => (globalThis as { __concurrencyLabPools?: PoolState }).__concurrencyLabPools!;
const idleThreads = () =>
  [...state().idle].reduce((total, [size, pools]) => total + size * pools.length, 0);
/** Pool threads the server holds, leased or idle: never more than the budget. */
const heldThreads = () => state().leasedThreads + idleThreads();

const threadIds = (lease: PoolLease) =>
  lease.pool.threads.map((thread) => thread.threadId).sort((a, b) => a - b);
const exited = (threads: Worker[]) => Promise.all(threads.map((thread) => once(thread, 'exit')));
/** OS threads of this process (Linux): a thread that was not stopped shows up here. */
const osThreads = () => readdirSync('/proc/self/task').length;

describe('leasePool', () => {
  it('reads its budget from LAB_MAX_POOL_THREADS', () => {
    expect(MAX_POOL_THREADS).toBe(4);
  });

  it('leases a warm pool of exactly `size` threads and takes it back', async () => {
    const lease = await leasePool(2, warmUrl);
    expect(lease.pool.threads).toHaveLength(2);
    expect(new Set(threadIds(lease)).size).toBe(2);
    expect(state().leasedThreads).toBe(2);
    lease.release();
    lease.release(); // a second release is a no-op
    expect(state().leasedThreads).toBe(0);
    expect(idleThreads()).toBe(2);
  });

  it('hands the same warm threads to the next run of that size', async () => {
    const first = await leasePool(2, warmUrl);
    const ids = threadIds(first);
    first.release();
    const second = await leasePool(2, warmUrl);
    expect(second.pool).toBe(first.pool);
    expect(threadIds(second)).toEqual(ids);
    second.release();
  });

  it('never shares threads between runs at once, and refuses with 429 beyond the budget', async () => {
    const a = await leasePool(2, warmUrl);
    const b = await leasePool(2, warmUrl);
    expect(b.pool).not.toBe(a.pool);
    expect(threadIds(a).filter((id) => threadIds(b).includes(id))).toEqual([]);
    expect(heldThreads()).toBe(4);

    const refused = await leasePool(1, warmUrl).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 429, headers: { 'Retry-After': '5' } });
    expect(state().leasedThreads).toBe(4);

    a.release();
    b.release();
    expect(heldThreads()).toBe(4);
  });

  it('closes idle pools (their threads exit) to make room for a new size', async () => {
    expect(idleThreads()).toBe(4);
    // Two idle pools of 2 are left by the test above; both must go for a pool of 3 to fit.
    const idlePools = [...state().idle.values()].flat() as { pool: { threads: Worker[] } }[];
    const oldThreads = idlePools.flatMap((entry) => entry.pool.threads);
    expect(oldThreads).toHaveLength(4);
    const oldThreadsExited = exited(oldThreads);
    const lease = await leasePool(3, warmUrl);
    expect(heldThreads()).toBeLessThanOrEqual(MAX_POOL_THREADS);
    expect(idleThreads()).toBe(0);
    await oldThreadsExited;
    lease.release();
    expect(heldThreads()).toBe(3);
  });

  it.skipIf(!existsSync('/proc/self/task'))(
    'stops the threads of a pool that cannot warm up, and gives its budget back',
    async () => {
      // A first failed lease may start threads the process keeps whatever happens (libuv's,
      // V8's helpers); count from after it, so that only the pool's own threads are compared.
      await leasePool(2, 'http://127.0.0.1:1/health').catch(() => undefined);
      await closeIdlePools();
      const before = osThreads();
      const failed = await leasePool(2, 'http://127.0.0.1:1/health').catch(
        (error: unknown) => error,
      );
      expect(failed).toBeInstanceOf(Error);
      expect(state().leasedThreads).toBe(0);
      expect(heldThreads()).toBe(0);
      // On a busy machine a stopped thread can still be listed for a moment after the pool
      // reports it gone; a thread that was never stopped stays, and this times out.
      await vi.waitFor(() => expect(osThreads()).toBe(before), { timeout: 5_000, interval: 50 });
    },
  );

  it('closeIdlePools stops every idle thread', async () => {
    const lease = await leasePool(2, warmUrl);
    const threads = lease.pool.threads;
    lease.release();
    const gone = exited(threads);
    await closeIdlePools();
    await gone;
    expect(heldThreads()).toBe(0);
  });
});

describe('GET /api/experiments/io when every thread is leased', () => {
  it.each([
    ['JSON', 'application/json'],
    ['an event stream', 'text/event-stream'],
  ])('answers 429 with Retry-After, also when asked for %s', async (_, accept) => {
    const hog = await leasePool(3, warmUrl);
    try {
      const url = 'http://test/api/experiments/io?strategy=threads&workers=2&count=2&delay_ms=10';
      const response = await GET(new Request(url, { headers: { accept } }));
      expect(response.status).toBe(429);
      expect(response.headers.get('retry-after')).toBe('5');
      expect(await response.json()).toEqual({
        error: 'all server threads are busy; try again in a few seconds',
        issues: [],
      });
    } finally {
      hog.release();
    }
  });
});
