import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { Worker } from 'node:worker_threads';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { GET as cpuInfo } from '@/app/api/experiments/gil/info/route';
import { GET as cpu } from '@/app/api/experiments/gil/route';
import { GET as io } from '@/app/api/experiments/io/route';
import { GET as race } from '@/app/api/experiments/race/route';
import { GET as scale } from '@/app/api/experiments/scale/route';
import { GET as syncApi } from '@/app/sync/api/route';
import { cpuQuery } from '@/labs/gil/params';
import { runCpuExperiment } from '@/labs/gil/engine/run';
import { eventsOf } from '@/test/support/sse-events';
import { isRunning } from '@/test/support/processes';
import type { IoRunResult } from '@/labs/io/contract';
import { planFor } from '@/labs/io/engine/run';
import { NEXT, slotsOf } from '@/labs/io/workers/run-memory.mjs';
import { ioStrategies } from '@/labs/io/strategies';
import { closeIdlePools, leasePool } from '@/labs/io/engine/thread-pools';
import { Stopwatch } from '@/labs/io/workers/stopwatch.mjs';
import { IO_STRATEGIES, type RequestTiming } from '@/labs/io/contract';
import { scaleQuery } from '@/labs/scale/params';
import { runScaleExperiment } from '@/labs/scale/engine/run';
import { upstreamOrigin } from '@/platform/upstream';

// Things that go wrong on a real server: a pool thread dies mid-run, the upstream fails, dies
// or stops answering, python3 is missing or hangs, the sync view is flooded. Each must end as a
// clear per-request error or a clear HTTP refusal, never as a hung request or a 500.

const holder = globalThis as typeof globalThis & {
  __concurrencyLabUpstream?: Promise<{ origin: string; worker: Worker }>;
  __concurrencyLabInterpreters?: Promise<unknown>;
  __concurrencyLabSyncViews?: { destroy(): Promise<void> };
};

afterAll(closeIdlePools);

const json = async (response: Response) => ({
  status: response.status,
  body: (await response.json()) as Record<string, unknown>,
});

describe('(a) a pool thread that dies mid-run', () => {
  it('fails only its own request (lane -1, "thread died"), the run completes, and the next run works on a replacement thread', async () => {
    await closeIdlePools();
    // An idle pool of 3 that the run will lease, so the test holds its threads.
    const lease = await leasePool(3, `${await upstreamOrigin()}/health`);
    const { pool } = lease;
    lease.release();
    // The run's shared memory (labs/io/workers/run-memory.mjs) tells when every thread has taken a request.
    const runs = vi.spyOn(pool, 'run');

    const response = await io(
      new Request(
        'http://test/api/experiments/io?strategy=threads&workers=3&count=6&delay_ms=300',
        { headers: { accept: 'text/event-stream' } },
      ),
    );
    expect(response.status).toBe(200);
    const events = eventsOf(response);
    expect((await events.next())?.event).toBe('start');
    const shared = (runs.mock.calls[0][0] as { shared: SharedArrayBuffer }).shared;
    await vi.waitUntil(() => Atomics.load(slotsOf(shared), NEXT) >= 3, {
      interval: 1,
      timeout: 2_000,
    });
    runs.mockRestore();
    // Every thread is now waiting on its first request (a second comes 300 ms later); kill one.
    const victim = pool.threads[0];
    const victimId = victim.threadId;
    await victim.terminate();
    let done: IoRunResult | undefined;
    for (let event = await events.next(); event; event = await events.next()) {
      expect(event.event).not.toBe('error');
      if (event.event === 'done') done = event.data as IoRunResult;
    }
    expect(done?.requests).toHaveLength(6);
    const died = done!.requests.filter((r) => r.lane === -1);
    expect(died).toHaveLength(1);
    expect(died[0]).toMatchObject({
      ok: false,
      status: null,
      error: expect.stringMatching(/^thread died: /),
    });
    expect(done!.failed).toBe(1);
    expect(done!.requests.filter((r) => r.lane !== -1).every((r) => r.ok)).toBe(true);

    // Piscina has replaced the thread; the same pool serves the next run, on all three.
    const threadIds = pool.threads.map((thread) => thread.threadId);
    expect(threadIds).toHaveLength(3);
    expect(threadIds).not.toContain(victimId);
    const next = await json(
      await io(
        new Request(
          'http://test/api/experiments/io?strategy=threads&workers=3&count=9&delay_ms=50',
        ),
      ),
    );
    expect(next.status).toBe(200);
    const result = next.body as unknown as IoRunResult;
    expect(result.failed).toBe(0);
    expect(new Set(result.requests.map((r) => r.lane))).toEqual(new Set(threadIds));
  });
});

describe('(b) upstream failures are per-request errors, not failed runs', () => {
  it.each(IO_STRATEGIES)(
    '%s: fail_rate=1 → every request ok:false (503), the run answers 200',
    async (strategy) => {
      const { status, body } = await json(
        await io(
          new Request(
            `http://test/api/experiments/io?strategy=${strategy}&count=4&workers=2&delay_ms=5&fail_rate=1`,
          ),
        ),
      );
      expect(status).toBe(200);
      const result = body as unknown as IoRunResult;
      expect(result.failed).toBe(4);
      expect(
        result.requests.every((r) => !r.ok && r.status === 503 && r.error === 'simulated failure'),
      ).toBe(true);
    },
  );

  it('an upstream that dies mid-run fails the requests in flight; the next run gets a new upstream', async () => {
    const { worker, origin } = await holder.__concurrencyLabUpstream!;
    const response = await io(
      new Request('http://test/api/experiments/io?strategy=async&count=5&delay_ms=3000', {
        headers: { accept: 'text/event-stream' },
      }),
    );
    const events = eventsOf(response);
    expect((await events.next())?.event).toBe('start');
    const killedAt = performance.now();
    await worker.terminate();
    let done: IoRunResult | undefined;
    for (let event = await events.next(); event; event = await events.next())
      if (event.event === 'done') done = event.data as IoRunResult;
    // Far sooner than the 3 s the requests asked for: they failed when their sockets closed.
    expect(performance.now() - killedAt).toBeLessThan(1000);
    expect(done?.failed).toBe(5);
    expect(
      done!.requests.every((r) => !r.ok && r.status === null && typeof r.error === 'string'),
    ).toBe(true);

    const next = await json(
      await io(new Request('http://test/api/experiments/io?strategy=async&count=5&delay_ms=20')),
    );
    expect(next.status).toBe(200);
    expect(next.body.failed).toBe(0);
    expect(await upstreamOrigin()).not.toBe(origin);
  });

  describe('an upstream that accepts requests and never answers', () => {
    // Answers /health (so warm-up works), holds every other request open forever.
    const stuck = http.createServer((request, response) => {
      if (request.url === '/health') response.end('{"ok":true}');
    });
    afterAll(async () => {
      stuck.closeAllConnections();
      await new Promise((resolve) => stuck.close(resolve));
    });

    it.each(IO_STRATEGIES)(
      '%s: each request gives up after its timeout, as a failed request',
      async (strategy) => {
        if (!stuck.listening)
          await new Promise<void>((resolve) => stuck.listen(0, '127.0.0.1', resolve));
        const { port } = stuck.address() as { port: number };
        const params = {
          count: 4,
          delay_ms: 5,
          jitter_ms: 0,
          workers: 2,
          limit: null,
          fail_rate: 0,
          seed: 'stuck',
        };
        const plan = planFor(params, `http://127.0.0.1:${port}`);
        // The run's own timeout: delay + jitter + a 10 s grace. Shortened here to 200 ms.
        expect(plan.tasks[0].timeoutMs).toBe(10_005);
        for (const task of plan.tasks) task.timeoutMs = 200;
        const clock = new Stopwatch();
        const timings: RequestTiming[] = [];
        for await (const timing of ioStrategies[strategy].run(
          plan,
          clock,
          new AbortController().signal,
        ))
          timings.push(timing);
        expect(timings).toHaveLength(4);
        for (const timing of timings) {
          expect(timing).toMatchObject({
            ok: false,
            status: null,
            error: 'no answer within 200 ms',
          });
          expect(timing.end_ms - timing.start_ms).toBeGreaterThanOrEqual(195);
          // undici checks its timeouts on a coarse clock (about once a second), so a 200 ms
          // timeout fires within a second or so; the bound still catches one that never fires.
          expect(timing.end_ms - timing.start_ms).toBeLessThan(2000);
        }
      },
    );
  });
});

describe('(c) python3 missing or hanging never hangs a request', () => {
  const realPath = process.env.PATH;
  const dirs: string[] = [];
  /** A directory holding only a `python3` with this shell script as its body. */
  const fakePath = (script: string) => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'lab-fake-python-'));
    dirs.push(dir);
    if (script) {
      writeFileSync(path.join(dir, 'python3'), `#!/bin/sh\n${script}\n`);
      chmodSync(path.join(dir, 'python3'), 0o755);
    }
    return dir;
  };
  /** Pids the fake interpreter wrote down (it records `$$`, which `exec` keeps). */
  const pidsIn = (dir: string) => {
    try {
      return readFileSync(path.join(dir, 'pids'), 'utf8')
        .trim()
        .split('\n')
        .filter(Boolean)
        .map(Number);
    } catch {
      return [];
    }
  };
  const lookUpAgainWith = (dir: string) => {
    process.env.PATH = dir;
    // platform/process/interpreters.ts looks interpreters up once per process; forget what it found.
    delete holder.__concurrencyLabInterpreters;
  };
  afterEach(() => {
    process.env.PATH = realPath;
    delete holder.__concurrencyLabInterpreters;
  });
  afterAll(() => {
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  const cpython = [
    ['cpu', cpu, '/api/experiments/gil?engine=cpython&strategy=threads&tasks=1&work_ms=10'],
    ['race', race, '/api/experiments/race?engine=cpython&strategy=async&transfers=10'],
    ['scale', scale, '/api/experiments/scale?engine=cpython&kind=tasks&count=10'],
  ] as const;

  it.each(cpython)(
    '%s with no python3 on PATH: 503 JSON at once, and the node engine still runs',
    async (_, handler, url) => {
      lookUpAgainWith(fakePath(''));
      const started = performance.now();
      const { status, body } = await json(await handler(new Request(`http://test${url}`)));
      expect(status).toBe(503);
      expect(body).toEqual({
        error: 'python3 is not available on this server; use engine=node',
        issues: [],
      });
      expect(performance.now() - started).toBeLessThan(2000);
      // The lab falls back to what it can run.
      const info = await json(await cpuInfo());
      expect(info.body).toMatchObject({ python: null, default_engine: 'node', engines: ['node'] });
      const fallback = await json(
        await cpu(
          new Request('http://test/api/experiments/gil?strategy=sequential&tasks=1&work_ms=10'),
        ),
      );
      expect(fallback).toMatchObject({ status: 200, body: { engine: 'node' } });
    },
  );

  it('a python3 that hangs when asked about itself: 503 after the 5 s probe timeout, and it is killed', async () => {
    const dir = fakePath('echo $$ >> "${0%/*}/pids"\nexec /bin/sleep 3600');
    lookUpAgainWith(dir);
    const started = performance.now();
    const { status, body } = await json(await cpu(new Request(`http://test${cpython[0][2]}`)));
    const ms = performance.now() - started;
    expect(status).toBe(503);
    expect(body.error).toMatch(/python3 is not available/);
    // PROBE_TIMEOUT_MS in platform/process/interpreters.ts.
    expect(ms).toBeGreaterThanOrEqual(4_900);
    expect(ms).toBeLessThan(8_000);
    const pids = pidsIn(dir);
    expect(pids).toHaveLength(1);
    expect(isRunning(pids[0])).toBe(false);
  }, 15_000);

  describe('a python3 that answers the probe, then hangs in the run', () => {
    const script = [
      'case "$*" in *" -c "*) echo "{\\"path\\": \\"$0\\", \\"version\\": \\"3.12.0\\", \\"free_threaded\\": false}"; exit 0;; esac',
      'echo $$ >> "${0%/*}/pids"',
      'exec /bin/sleep 3600',
    ].join('\n');

    it('cpu: 504 at its time limit, the interpreter killed', async () => {
      const dir = fakePath(script);
      lookUpAgainWith(dir);
      const params = cpuQuery.parse({
        engine: 'cpython',
        strategy: 'threads',
        tasks: '1',
        work_ms: '10',
      });
      const started = performance.now();
      const drain = async () => {
        for await (const _event of runCpuExperiment(params, new AbortController().signal, {
          timeLimitMs: 500,
        }));
      };
      await expect(drain()).rejects.toMatchObject({
        status: 504,
        message: expect.stringMatching(/limit/),
      });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(pidsIn(dir).filter(isRunning)).toEqual([]);
      expect(pidsIn(dir)).toHaveLength(1);
    });

    it('scale: 504 at its timeout, the interpreter killed and reaped', async () => {
      const dir = fakePath(script);
      lookUpAgainWith(dir);
      const params = scaleQuery.parse({ engine: 'cpython', kind: 'tasks', count: '10' });
      const started = performance.now();
      const drain = async () => {
        for await (const _event of runScaleExperiment(params, new AbortController().signal, {
          timeoutMs: 500,
        }));
      };
      await expect(drain()).rejects.toMatchObject({ status: 504 });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(pidsIn(dir)).toHaveLength(1);
      expect(isRunning(pidsIn(dir)[0])).toBe(false);
    });
  });
});

describe('(d) the sync view flooded beyond its queue', () => {
  afterAll(async () => {
    await holder.__concurrencyLabSyncViews?.destroy();
    delete holder.__concurrencyLabSyncViews;
  });

  it('refuses the overflow with 429 and Retry-After at once, not with a 500', async () => {
    // 32 threads and a queue of 256: 300 calls at once leave some with no place.
    const answers: { status: number; retryAfter: string | null }[] = [];
    const calls = Array.from({ length: 300 }, (_, i) =>
      syncApi(new Request(`http://test/sync/api/?task_id=${i}`)).then((response) => {
        answers.push({ status: response.status, retryAfter: response.headers.get('retry-after') });
      }),
    );
    await expect
      .poll(() => answers.length, { timeout: 2_000, interval: 5 })
      .toBeGreaterThanOrEqual(300 - 32 - 256);
    // The accepted calls are still sleeping (1 s each); everything answered so far is a refusal.
    expect(answers.every((answer) => answer.status === 429 && answer.retryAfter === '2')).toBe(
      true,
    );
    // Stop the sleeping threads instead of waiting ~9 s for them; their calls end as errors.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await holder.__concurrencyLabSyncViews?.destroy();
    delete holder.__concurrencyLabSyncViews;
    await Promise.all(calls);
    quiet.mockRestore();
    expect(answers.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
  });
});
