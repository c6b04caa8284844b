import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/experiments/blocking/route';
import { eventsOf } from '@/test/support/sse-events';
import { blockingQuery, BLOCKING_LIMITS } from '../params';
import { blockingRunsInProgress, runBlockingExperiment } from './run';
import type { BlockingEvent, BlockingResult } from '../contract';
import { startLagTicker } from '../workers/lag-ticker.mjs';
import { findInterpreters } from '@/platform/process/interpreters';

// Real threads, real timers, a real blocking sleep. Bounds are generous (2 shared cores) but
// each one separates the modes: a blocked loop is late by about block_ms, a free one by ~1 ms.

const url = (query: string) => `http://test/api/experiments/blocking?${query}`;
const asStream = { headers: { accept: 'text/event-stream' } };

async function runJson(query: string): Promise<BlockingResult> {
  const response = await GET(new Request(url(query)));
  expect(response.status).toBe(200);
  return (await response.json()) as BlockingResult;
}

// CPython runs the .py twins of the mode files on one asyncio loop, where python3 is installed.
const { python } = await findInterpreters();
const ENGINES = python ? (['node', 'cpython'] as const) : (['node'] as const);
if (!python)
  console.log("blocking lab: skipped the CPython engine's cases: python3 is not installed here");

const DELAY = 100;
const BLOCK = 600;
const others = (result: BlockingResult) =>
  result.tasks.filter((task) => task.task_id !== result.blocking_task);

describe.each(ENGINES)('blocking-sleep on %s: a blocking call inside an async task', (engine) => {
  it('holds every task until the blocking call returns, and the loop lags by ~block_ms', async () => {
    const result = await runJson(
      `mode=blocking-sleep&engine=${engine}&tasks=6&delay_ms=${DELAY}&block_ms=${BLOCK}`,
    );
    expect(result.engine.name).toBe(engine);
    expect(result.tasks).toHaveLength(6);
    expect(result.tasks.map((task) => task.task_id)).toEqual([0, 1, 2, 3, 4, 5]);
    // Every timer was due at DELAY, but none of their tasks could run before the sleep ended.
    for (const task of result.tasks) {
      expect(task.start_ms).toBeLessThan(DELAY / 2);
      expect(task.end_ms).toBeGreaterThanOrEqual(DELAY + BLOCK - 2);
    }
    expect(result.max_lag_ms).toBeGreaterThanOrEqual(BLOCK * 0.9);
    expect(result.elapsed_ms).toBeGreaterThanOrEqual(DELAY + BLOCK - 2);
  });
});

describe.each(
  ENGINES.flatMap((engine) =>
    (['await-sleep', 'offloaded'] as const).map((mode) => [mode, engine] as const),
  ),
)('%s on %s', (mode, engine) => {
  it('lets the other tasks end near delay_ms while task 0 waits, with no lag spike', async () => {
    const result = await runJson(
      `mode=${mode}&engine=${engine}&tasks=6&delay_ms=${DELAY}&block_ms=${BLOCK}`,
    );
    for (const task of others(result)) {
      expect(task.end_ms).toBeGreaterThanOrEqual(DELAY - 2);
      expect(task.end_ms).toBeLessThan(DELAY + BLOCK / 3);
    }
    const blocker = result.tasks.find((task) => task.task_id === result.blocking_task)!;
    expect(blocker.end_ms).toBeGreaterThanOrEqual(DELAY + BLOCK - 2);
    expect(result.max_lag_ms).toBeLessThan(BLOCK / 3);
    // The ticker kept running through the wait: samples all along, not one late one.
    const during = result.lag.filter(
      (sample) => sample.t_ms > DELAY && sample.t_ms < DELAY + BLOCK,
    );
    expect(during.length).toBeGreaterThan(BLOCK / BLOCKING_LIMITS.tickMs / 3);
  });
});

describe('the server while a run blocks its own event loop', () => {
  it('answers another request and runs its own timers promptly', async () => {
    const mainLag: number[] = [];
    const stopTicker = startLagTicker(
      performance.now(),
      (sample) => mainLag.push(sample.lag_ms),
      10,
    );
    try {
      // delay_ms=0: the block begins right after the `start` event, and lasts 1.5 s.
      const blocked = await GET(
        new Request(url('mode=blocking-sleep&tasks=3&delay_ms=0&block_ms=1500'), asStream),
      );
      const events = eventsOf(blocked);
      expect((await events.next())?.event).toBe('start');
      const startedAt = performance.now();

      const other = await runJson('mode=await-sleep&tasks=1&delay_ms=0&block_ms=0');
      const otherAnsweredAfter = performance.now() - startedAt;
      expect(other.tasks).toHaveLength(1);

      let done: BlockingResult | undefined;
      for (let event = await events.next(); event; event = await events.next()) {
        if (event.event === 'done') done = event.data as BlockingResult;
      }
      const blockedEndedAfter = performance.now() - startedAt;
      // The other request was answered while the first run's loop was still blocked.
      expect(otherAnsweredAfter).toBeLessThan(1000);
      expect(blockedEndedAfter).toBeGreaterThanOrEqual(1400);
      expect(done!.max_lag_ms).toBeGreaterThanOrEqual(1400);
      expect(done!.main_loop_max_lag_ms).toBeLessThan(250);
    } finally {
      stopTicker();
    }
    expect(Math.max(...mainLag)).toBeLessThan(250);
  });
});

describe('GET /api/experiments/blocking', () => {
  it('streams start, every task, lag batches, then done', async () => {
    const response = await GET(
      new Request(url('mode=await-sleep&tasks=4&delay_ms=50&block_ms=100'), asStream),
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const names: string[] = [];
    let done: BlockingResult | undefined;
    const events = eventsOf(response);
    for (let event = await events.next(); event; event = await events.next()) {
      names.push(event.event);
      if (event.event === 'done') done = event.data as BlockingResult;
    }
    expect(names[0]).toBe('start');
    expect(names.at(-1)).toBe('done');
    expect(names.filter((name) => name === 'task')).toHaveLength(4);
    expect(names).toContain('lag');
    expect(done).toMatchObject({
      mode: 'await-sleep',
      params: { tasks: 4, delay_ms: 50, block_ms: 100 },
      blocking_task: 0,
    });
  });

  it.each([
    ['tasks=51&mode=await-sleep', 'tasks'],
    ['delay_ms=2001&mode=await-sleep', 'delay_ms'],
    ['block_ms=3001&mode=await-sleep', 'block_ms'],
    ['mode=busy-loop', 'mode'],
    ['tasks=5', 'mode'],
    ['mode=await-sleep&extra=1', '(query)'],
    ['mode=await-sleep&tasks=1e1', 'tasks'],
  ])('answers 400 JSON for %s', async (query, path) => {
    const response = await GET(new Request(url(query)));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('invalid query');
    expect(body.issues.map((issue) => issue.path)).toContain(path);
  });

  it('ends a blocked run at once when the reader cancels, and frees its thread', async () => {
    const response = await GET(
      new Request(url('mode=blocking-sleep&tasks=2&delay_ms=0&block_ms=3000'), asStream),
    );
    const events = eventsOf(response);
    expect((await events.next())?.event).toBe('start');
    expect(blockingRunsInProgress()).toBe(1);
    const cancelledAt = performance.now();
    await events.cancel();
    // terminate() interrupts the blocking sleep: nothing waits for its 3 s.
    expect(performance.now() - cancelledAt).toBeLessThan(1000);
    expect(blockingRunsInProgress()).toBe(0);
  });

  it('refuses a run beyond the concurrency limit with 429 and Retry-After', async () => {
    const readers = [];
    try {
      for (let i = 0; i < BLOCKING_LIMITS.maxConcurrentRuns; i++) {
        const response = await GET(
          new Request(url('mode=await-sleep&tasks=1&delay_ms=2000&block_ms=0'), asStream),
        );
        expect(response.status).toBe(200);
        readers.push(eventsOf(response));
      }
      const refused = await GET(new Request(url('mode=await-sleep&tasks=1')));
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(await refused.json()).toMatchObject({ error: expect.stringMatching(/try again/) });
    } finally {
      await Promise.all(readers.map((reader) => reader.cancel()));
    }
    expect(blockingRunsInProgress()).toBe(0);
  });
});

describe('runBlockingExperiment', () => {
  it('kills a run that outlives its time limit', async () => {
    const params = blockingQuery.parse({
      mode: 'blocking-sleep',
      tasks: '1',
      delay_ms: '0',
      block_ms: '3000',
    });
    const events: BlockingEvent[] = [];
    const startedAt = performance.now();
    const run = async () => {
      for await (const event of runBlockingExperiment(params, new AbortController().signal, {
        timeLimitMs: 300,
      }))
        events.push(event);
    };
    await expect(run()).rejects.toMatchObject({
      status: 504,
      message: expect.stringMatching(/limit/),
    });
    expect(performance.now() - startedAt).toBeLessThan(2000);
    expect(events.map((event) => event.event)).not.toContain('done');
    expect(blockingRunsInProgress()).toBe(0);
  });

  it('stops when its signal aborts, with an AbortError', async () => {
    const params = blockingQuery.parse({
      mode: 'offloaded',
      tasks: '3',
      delay_ms: '0',
      block_ms: '3000',
    });
    const abort = new AbortController();
    const run = async () => {
      for await (const event of runBlockingExperiment(params, abort.signal))
        if (event.event === 'start') abort.abort();
    };
    await expect(run()).rejects.toMatchObject({ name: 'AbortError' });
    expect(blockingRunsInProgress()).toBe(0);
  });
});
