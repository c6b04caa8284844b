import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { upstreamOrigin } from '@/platform/upstream';
import { descendantPids } from '@/platform/process/process-tree';
import { findHttpxPython } from './cpython-engine';
import { planFor, runIoExperiment } from './run';
import type { IoRunResult } from '../contract';
import { strategyOn } from '../strategies';
import { Stopwatch } from '../workers/stopwatch.mjs';
import type { IoStrategyName, RequestTiming } from '../contract';

// The CPython engine against the real upstream: the .py files, run by a warm worker with real
// threads and one asyncio loop. Bounds are generous (2 shared cores) but separate the strategies.

const python = await findHttpxPython();
const NO_HTTPX = 'skipped: no python3 that imports httpx here (npm run setup:python)';

const params = (overrides: Partial<IoRunResult['params']> = {}): IoRunResult['params'] => ({
  engine: 'cpython',
  count: 6,
  delay_ms: 80,
  jitter_ms: 0,
  workers: 3,
  limit: null,
  fail_rate: 0,
  seed: 'cpython',
  ...overrides,
});

async function run(strategy: IoStrategyName, overrides: Partial<IoRunResult['params']> = {}) {
  const plan = planFor(params(overrides), await upstreamOrigin());
  const clock = new Stopwatch();
  const timings: RequestTiming[] = [];
  for await (const timing of strategyOn('cpython', strategy)(
    plan,
    clock,
    new AbortController().signal,
  ))
    timings.push(timing);
  return { timings, elapsed: clock.end - clock.origin };
}

const sorted = (timings: RequestTiming[]) => [...timings].sort((a, b) => a.start_ms - b.start_ms);

describe('the CPython engine of the I/O lab', () => {
  it('sequential: each request starts after the one before it has ended', async (context) => {
    context.skip(!python, NO_HTTPX);
    const { timings, elapsed } = await run('sequential');
    expect(timings.map((t) => t.task_id)).toEqual([0, 1, 2, 3, 4, 5]);
    const inOrder = sorted(timings);
    for (let i = 1; i < inOrder.length; i++)
      expect(inOrder[i].start_ms).toBeGreaterThanOrEqual(inOrder[i - 1].end_ms);
    expect(new Set(timings.map((t) => t.lane))).toEqual(new Set([0]));
    expect(elapsed).toBeGreaterThanOrEqual(6 * 80);
  });

  it('threads: three OS threads, never two requests at once on one thread, far less than the sum', async (context) => {
    context.skip(!python, NO_HTTPX);
    const { timings, elapsed } = await run('threads');
    expect(timings).toHaveLength(6);
    expect(timings.every((t) => t.ok && t.status === 200)).toBe(true);
    const threads = new Set(timings.map((t) => t.lane));
    expect(threads.size).toBe(3);
    for (const thread of threads) {
      const own = sorted(timings.filter((t) => t.lane === thread));
      for (let i = 1; i < own.length; i++)
        expect(own[i].start_ms).toBeGreaterThanOrEqual(own[i - 1].end_ms);
    }
    expect(elapsed).toBeLessThan(6 * 80 * 0.75);
  });

  it('async: every request in flight at once on one loop, with a semaphore at most `limit`', async (context) => {
    context.skip(!python, NO_HTTPX);
    const all = await run('async');
    expect(Math.max(...all.timings.map((t) => t.start_ms))).toBeLessThan(
      Math.min(...all.timings.map((t) => t.end_ms)),
    );
    expect(all.elapsed).toBeLessThan(2 * 80);
    const limited = await run('async', { limit: 2 });
    expect(new Set(limited.timings.map((t) => t.lane))).toEqual(new Set([0, 1]));
    expect(limited.elapsed).toBeGreaterThanOrEqual(3 * 80);
  });

  it('a failed request is a result, and the run says which engine ran it', async (context) => {
    context.skip(!python, NO_HTTPX);
    let done: IoRunResult | undefined;
    const input = {
      strategy: 'async' as const,
      ...params({ count: 8, delay_ms: 10, fail_rate: 0.5, seed: 'fail' }),
      limit: undefined,
    };
    for await (const event of runIoExperiment(input, new AbortController().signal))
      if (event.event === 'done') done = event.data;
    expect(done?.engine).toEqual({
      name: 'cpython',
      version: python!.version,
      httpx: python!.httpx,
    });
    expect(done?.failed).toBeGreaterThan(0);
    expect(done?.requests.filter((r) => !r.ok).every((r) => r.status === 503 && r.error)).toBe(
      true,
    );
  });

  it('a cancelled run stops its Python worker within a second', async (context) => {
    context.skip(!python, NO_HTTPX);
    context.skip(descendantPids() === null, 'skipped: no /proc here to find the worker');
    const controller = new AbortController();
    const plan = planFor(params({ count: 4, delay_ms: 5_000 }), await upstreamOrigin());
    let started!: () => void;
    const clockStarted = new Promise<void>((resolve) => (started = resolve));
    const iterator = strategyOn('cpython', 'threads')(
      plan,
      new Stopwatch(started),
      controller.signal,
    )[Symbol.asyncIterator]();
    const first = iterator.next();
    await clockStarted;
    // The run's worker and the warm spare are alive while its requests wait.
    const during = descendantPids() ?? [];
    const stoppedAt = performance.now();
    controller.abort();
    await expect(first).rejects.toThrow(/cancelled/);
    await expect
      .poll(() => during.filter((pid) => (descendantPids() ?? []).includes(pid)).length, {
        timeout: 1_000,
      })
      .toBeLessThan(during.length);
    expect(performance.now() - stoppedAt).toBeLessThan(1_000);
  });
});

describe('a CPython worker that dies', () => {
  it('fails the run that lost it with a sentence, and the next run gets a new worker', async (context) => {
    context.skip(!python, NO_HTTPX);
    context.skip(descendantPids() === null, 'skipped: no /proc here to find the worker');
    const plan = planFor(params({ count: 3, delay_ms: 3_000 }), await upstreamOrigin());
    let started!: () => void;
    const clockStarted = new Promise<void>((resolve) => (started = resolve));
    const iterator = strategyOn('cpython', 'async')(
      plan,
      new Stopwatch(started),
      new AbortController().signal,
    )[Symbol.asyncIterator]();
    const first = iterator.next();
    await clockStarted;
    // Kill every I/O worker of this process, the run's among them (as a crash would).
    for (const pid of descendantPids() ?? []) {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('runner.py'))
        process.kill(pid, 'SIGKILL');
    }
    await expect(first).rejects.toThrow(/the Python worker stopped during the run/);
    const next = await run('async', { count: 3, delay_ms: 20 });
    expect(next.timings).toHaveLength(3);
    expect(next.timings.every((t) => t.ok)).toBe(true);
  });
});
