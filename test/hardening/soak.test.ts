import { readdirSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { PushQueue } from '@/platform/runs/push-queue.mjs';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as blocking } from '@/app/api/experiments/blocking/route';
import { GET as cpu } from '@/app/api/experiments/gil/route';
import { GET as io } from '@/app/api/experiments/io/route';
import { GET as race } from '@/app/api/experiments/race/route';
import { GET as scale } from '@/app/api/experiments/scale/route';
import { admission } from '@/platform/runs/admission';
import { closeIdlePools } from '@/labs/io/engine/thread-pools';

// `npm run soak` in small: 300 consecutive small runs through the route handlers, mostly I/O
// (every strategy) with a run of another lab every 25th. A run that leaves anything behind
// (retained objects, timers, sockets, threads, admission slots) shows up as growth between
// the state after the first 100 runs (pools, connections and JIT warm by then) and after 300.

// A full collection on demand, so heap figures compare live objects, not garbage: `gc` is
// there when Node runs with --expose-gc; otherwise the flag is switched on here, and a fresh
// context picks the function up.
const collect: () => void =
  (globalThis as { gc?: () => void }).gc ??
  (() => {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  })();

// Live objects of the kinds every run creates (a signal per run and per request, streams for
// bodies, a PushQueue per run), counted on the heap through the inspector after a collection:
// a run that leaves one behind shows up as hundreds more after 200 runs.
const session = new Session();
session.connect();
const probes = { AbortSignal, ReadableStream, Response, PushQueue };
(globalThis as { __soakProbes?: typeof probes }).__soakProbes = probes;

async function liveObjects(): Promise<Record<string, number>> {
  await session.post('HeapProfiler.collectGarbage');
  const counts: Record<string, number> = {};
  for (const name of Object.keys(probes)) {
    const { result } = await session.post('Runtime.evaluate', {
      expression: `globalThis.__soakProbes.${name}.prototype`,
    });
    const { objects } = await session.post('Runtime.queryObjects', {
      prototypeObjectId: result.objectId!,
    });
    const { result: properties } = await session.post('Runtime.getProperties', {
      objectId: objects.objectId!,
      ownProperties: true,
    });
    counts[name] = properties.filter((property) => /^\d+$/.test(property.name)).length;
    // The inspector holds on to what it handed out until it is released.
    for (const objectId of [result.objectId!, objects.objectId!])
      await session.post('Runtime.releaseObject', { objectId });
  }
  return counts;
}

afterAll(async () => {
  session.disconnect();
  await closeIdlePools();
});

const RUNS = 300;
// Every kind of run has run once by then (the other labs' first runs compile their code).
const WARM_UP = 100;

const io_ = [
  'strategy=sequential&count=3&delay_ms=2',
  'strategy=threads&count=6&delay_ms=2&workers=2',
  'strategy=async&count=10&delay_ms=2',
  'strategy=async&count=20&delay_ms=2&limit=5&jitter_ms=3&fail_rate=0.2',
];
const others: [(request: Request) => Promise<Response>, string][] = [
  [blocking, '/api/experiments/blocking?mode=blocking-sleep&tasks=2&delay_ms=5&block_ms=10'],
  [cpu, '/api/experiments/gil?engine=node&strategy=threads&tasks=2&work_ms=10'],
  [race, '/api/experiments/race?strategy=async&workers=2&transfers=1000&yield_between=on'],
  [scale, '/api/experiments/scale?kind=tasks&count=100'],
];

/** What this process holds after a full collection. */
function snapshot() {
  collect();
  collect();
  return {
    heap: process.memoryUsage().heapUsed,
    rss: process.memoryUsage().rss,
    // Timers, sockets and child handles still open, by kind.
    resources: process.getActiveResourcesInfo().filter((kind) => kind !== 'TTYWrap'),
    threads: (() => {
      try {
        return readdirSync('/proc/self/task').length;
      } catch {
        return 0;
      }
    })(),
  };
}

async function runNumber(run: number): Promise<void> {
  const [handler, url] =
    run % 25 === 0
      ? others[(run / 25) % others.length]
      : [io, `/api/experiments/io?${io_[run % io_.length]}`];
  const response = await handler(
    new Request(`http://test${url}`, { headers: { cookie: `lab_client=soak-test-${run % 8}` } }),
  );
  const body = (await response.json()) as { error?: string };
  expect(response.status, `${url}: ${body.error}`).toBe(200);
}

describe(`${RUNS} consecutive small runs, in-process`, () => {
  it('leave the heap, the open handles and the thread count where they were after the warm-up', async () => {
    for (let run = 1; run <= WARM_UP; run++) await runNumber(run);
    const warm = snapshot();
    const warmObjects = await liveObjects();
    for (let run = WARM_UP + 1; run <= RUNS; run++) await runNumber(run);
    const end = snapshot();
    const endObjects = await liveObjects();
    for (const [name, count] of Object.entries(endObjects))
      expect(count, `live ${name}s, ${warmObjects[name]} after the warm-up`).toBeLessThanOrEqual(
        warmObjects[name] + 20,
      );
    // The heap as a whole: a coarse bound (its noise here, from lazily compiled code and pooled
    // connections, is −0.1 to +0.6 MB over 200 runs); the object counts above are the fine one.
    const growth = end.heap - warm.heap;
    expect(
      growth,
      `heap ${(warm.heap / 2 ** 20).toFixed(2)} → ${(end.heap / 2 ** 20).toFixed(2)} MiB`,
    ).toBeLessThan(1.5 * 2 ** 20);
    // Nothing left open: leaked timers, sockets or child processes would pile up here. A few
    // come and go with the traffic (keep-alive sockets, an idle pool's timer).
    expect(
      end.resources.length,
      `${warm.resources.join()} → ${end.resources.join()}`,
    ).toBeLessThanOrEqual(warm.resources.length + 3);
    expect(end.threads).toBeLessThanOrEqual(warm.threads);
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
    // The resident set has no tight bound in a test process (V8 and malloc keep what they
    // grew to); it must not grow by more than the heap bound allows, with slack for pools.
    expect(end.rss - warm.rss).toBeLessThan(64 * 2 ** 20);
  }, 120_000);
});
