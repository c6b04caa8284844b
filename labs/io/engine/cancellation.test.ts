import { once } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { GET } from '@/app/api/experiments/io/route';
import { ioQuery } from '../params';
import { runIoExperiment } from './run';
import type { IoEvent, IoRunResult } from '../contract';
import { closeIdlePools } from './thread-pools';
import { IO_STRATEGIES } from '../contract';

// When a run is cancelled (its signal aborts, or the HTTP client goes away), its requests must
// stop at once: the run ends, pool threads are handed back, and the upstream stops waiting.
// The last point is checked inside the upstream: this file starts the real
// platform/upstream/server.mjs in a worker thread whose only addition is a probe that counts the
// thread's pending timers (each upstream wait is one), and makes it the upstream the engine uses.

const PROBE = `
const { parentPort, workerData } = require('node:worker_threads');
const waits = () => process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;
// Waits (on an unref'd timer, which the count leaves out) until there are \`until\` pending
// waits or \`within\` ms have passed, then reports the count.
parentPort.on('message', async ({ until, within }) => {
  const deadline = Date.now() + within;
  while (waits() !== until && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 2).unref());
  parentPort.postMessage({ waits: waits() });
});
import(workerData.server);
`;

let upstream: Worker;
let origin: string;

/** Pending waits in the upstream, once it has `until` of them or `within` ms have passed. */
async function upstreamWaits(until: number, within: number): Promise<number> {
  upstream.postMessage({ until, within });
  const [{ waits }] = await once(upstream, 'message');
  return waits;
}

/** Threads leased to runs right now (see thread-pools.ts). */
const leasedThreads = () =>
  (globalThis as { __concurrencyLabPools?: { leasedThreads: number } }).__concurrencyLabPools
    ?.leasedThreads ?? 0;

beforeAll(async () => {
  const server = pathToFileURL(path.join(process.cwd(), 'platform/upstream/server.mjs')).href;
  upstream = new Worker(PROBE, { eval: true, workerData: { server } });
  const [{ port }] = await once(upstream, 'message');
  origin = `http://127.0.0.1:${port}`;
  // The slot upstreamOrigin() fills on first use (platform/upstream/index.ts).
  (globalThis as { __concurrencyLabUpstream?: Promise<unknown> }).__concurrencyLabUpstream =
    Promise.resolve({ origin, worker: upstream });
});

afterEach(() => vi.restoreAllMocks());

afterAll(async () => {
  await closeIdlePools();
  await upstream.terminate();
  delete (globalThis as { __concurrencyLabUpstream?: unknown }).__concurrencyLabUpstream;
});

describe('the upstream', () => {
  it('stops waiting when its client hangs up', async () => {
    const hangUp = new AbortController();
    const request = fetch(`${origin}/api/upstream?delay_ms=5000`, { signal: hangUp.signal });
    expect(await upstreamWaits(1, 2000)).toBe(1);
    hangUp.abort();
    await expect(request).rejects.toMatchObject({ name: 'AbortError' });
    expect(await upstreamWaits(0, 250)).toBe(0);
  });
});

// Requests in flight once the run is under way: 4 requests, 2 threads.
const IN_FLIGHT = { sequential: 1, threads: 2, async: 4 } as const;

describe.each(IO_STRATEGIES)('cancelling a %s run', (strategy) => {
  it('with requests in flight: the run ends within 250 ms and the upstream stops waiting', async () => {
    const abort = new AbortController();
    const events: IoEvent[] = [];
    let abortedAt = Number.NaN;
    const params = ioQuery.parse({ strategy, count: '4', delay_ms: '5000', workers: '2' });
    for await (const event of runIoExperiment(params, abort.signal)) {
      events.push(event);
      if (event.event === 'start') {
        expect(await upstreamWaits(IN_FLIGHT[strategy], 3000)).toBe(IN_FLIGHT[strategy]);
        abortedAt = performance.now();
        abort.abort();
      }
    }
    expect(performance.now() - abortedAt).toBeLessThan(250);
    expect(await upstreamWaits(0, 250)).toBe(0);
    expect(leasedThreads()).toBe(0);
    // What had started is reported as cancelled; sequential never starts the rest.
    const done = events.at(-1)!.data as IoRunResult;
    expect(done.requests).toHaveLength(strategy === 'sequential' ? 1 : 4);
    expect(done.requests.every((r) => r.error === 'cancelled')).toBe(true);
    expect(done.failed).toBe(done.requests.length);
  });

  it('before it starts: the run ends at once and no request reaches the upstream', async () => {
    const events: IoEvent[] = [];
    const started = performance.now();
    const params = ioQuery.parse({ strategy, count: '4', delay_ms: '5000', workers: '2' });
    for await (const event of runIoExperiment(params, AbortSignal.abort())) events.push(event);
    expect(performance.now() - started).toBeLessThan(250);
    expect(await upstreamWaits(0, 250)).toBe(0);
    expect(leasedThreads()).toBe(0);
    const done = events.at(-1)!.data as IoRunResult;
    expect(done.requests.every((r) => r.error === 'cancelled')).toBe(true);
  });
});

describe('cancelling a threads run while its pool warms up', () => {
  it('cancels every request once the pool is ready', async () => {
    const abort = new AbortController();
    const events: IoEvent[] = [];
    // A pool size no other test here uses, so this run has to create and warm it.
    const params = ioQuery.parse({
      strategy: 'threads',
      count: '4',
      delay_ms: '5000',
      workers: '3',
    });
    const run = (async () => {
      for await (const event of runIoExperiment(params, abort.signal)) events.push(event);
    })();
    // The lease is counted as soon as the pool is being made; the clock (and `start`) only
    // starts once it is warm.
    await vi.waitUntil(() => leasedThreads() === 3, { interval: 1, timeout: 5000 });
    expect(events).toEqual([]);
    abort.abort();
    await run;
    // Warming three threads cannot be interrupted, but the run must end long before a single
    // 5 s upstream wait could.
    const done = events.at(-1)!.data as IoRunResult;
    expect(done.elapsed_ms).toBeLessThan(250);
    expect(done.requests).toHaveLength(4);
    expect(done.requests.every((r) => r.error === 'cancelled')).toBe(true);
    expect(await upstreamWaits(0, 250)).toBe(0);
    expect(leasedThreads()).toBe(0);
  });
});

describe('GET /api/experiments/io when the client goes away', () => {
  it('stops the run behind an event stream when the reader cancels', async () => {
    const response = await GET(
      new Request('http://test/api/experiments/io?strategy=async&count=3&delay_ms=5000', {
        headers: { accept: 'text/event-stream' },
      }),
    );
    const reader = response.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    expect(first).toMatch(/^event: start\n/);
    expect(await upstreamWaits(3, 2000)).toBe(3);
    const log = vi.spyOn(console, 'error');
    await reader.cancel();
    expect(await upstreamWaits(0, 250)).toBe(0);
    // A reader going away is not a server error.
    expect(log).not.toHaveBeenCalled();
  });

  it('stops a thread-pool run behind a JSON request and hands its threads back', async () => {
    const hangUp = new AbortController();
    const answer = GET(
      new Request(
        'http://test/api/experiments/io?strategy=threads&count=4&workers=2&delay_ms=5000',
        { signal: hangUp.signal },
      ),
    );
    expect(await upstreamWaits(2, 3000)).toBe(2);
    const abortedAt = performance.now();
    hangUp.abort();
    await answer;
    expect(performance.now() - abortedAt).toBeLessThan(250);
    expect(leasedThreads()).toBe(0);
    expect(await upstreamWaits(0, 250)).toBe(0);
  });

  it('does not run at all for a client that is gone already', async () => {
    const started = performance.now();
    await GET(
      new Request('http://test/api/experiments/io?strategy=sequential&count=2&delay_ms=5000', {
        signal: AbortSignal.abort(),
      }),
    );
    expect(performance.now() - started).toBeLessThan(250);
    expect(await upstreamWaits(0, 250)).toBe(0);
  });
});
