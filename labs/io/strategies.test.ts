import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { upstreamOrigin } from '@/platform/upstream';
import { planResponse } from '@/platform/upstream/respond.mjs';
import { planFor } from './engine/run';
import type { IoRunResult } from './contract';
import { ioStrategies } from './strategies';
import { closeIdlePools } from './engine/thread-pools';
import { Stopwatch } from './workers/stopwatch.mjs';
import { IO_STRATEGIES, type IoStrategyName, type RequestTiming } from './contract';

// Every strategy against the real upstream (its own worker thread, real loopback sockets).
// Timing bounds are generous (2 shared cores) but each one still separates the strategies:
// e.g. "less than one extra wave" or "far less than the sum".

afterAll(closeIdlePools);

type Params = IoRunResult['params'];

const defaults: Params = {
  engine: 'node',
  count: 6,
  delay_ms: 60,
  jitter_ms: 0,
  workers: 3,
  limit: null,
  fail_rate: 0,
  seed: 'strategies',
};

/** Runs one strategy to the end; elapsed is measured the way run.ts measures it. */
async function runStrategy(strategy: IoStrategyName, overrides: Partial<Params> = {}) {
  const params = { ...defaults, ...overrides };
  const plan = planFor(params, await upstreamOrigin());
  const clock = new Stopwatch();
  const timings: RequestTiming[] = [];
  for await (const timing of ioStrategies[strategy].run(plan, clock, new AbortController().signal))
    timings.push(timing);
  clock.stop();
  return { params, timings, elapsed: clock.end - clock.origin };
}

/** The most requests in flight at any instant, from the measured intervals (an end frees its lane before a start at the same time). */
function maxInFlight(timings: RequestTiming[]): number {
  const edges = timings.flatMap((t) => [
    { at: t.start_ms, change: 1 },
    { at: t.end_ms, change: -1 },
  ]);
  edges.sort((a, b) => a.at - b.at || a.change - b.change);
  let inFlight = 0;
  let most = 0;
  for (const { change } of edges) most = Math.max(most, (inFlight += change));
  return most;
}

const lanes = (timings: RequestTiming[]) => new Set(timings.map((t) => t.lane));

/** True when two requests on the same lane overlap in time. */
const laneOverlaps = (timings: RequestTiming[]) =>
  [...lanes(timings)].some((lane) => maxInFlight(timings.filter((t) => t.lane === lane)) > 1);
const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe.each(IO_STRATEGIES)('%s strategy against the real upstream', (strategy) => {
  it('yields one timing per task, each complete and in order of time', async () => {
    const { params, timings, elapsed } = await runStrategy(strategy, { count: 5, delay_ms: 30 });
    expect(timings.map((t) => t.task_id).sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4]);
    for (const t of timings) {
      expect(t).toEqual({
        task_id: expect.any(Number),
        start_ms: expect.any(Number),
        end_ms: expect.any(Number),
        lane: expect.any(Number),
        ok: true,
        status: 200,
        error: null,
        delay_ms: expect.any(Number),
      });
      // Pool threads read the same process-wide clock; allow a fraction of a ms of skew.
      expect(t.start_ms).toBeGreaterThanOrEqual(-1);
      expect(t.end_ms).toBeGreaterThan(t.start_ms);
      expect(t.end_ms - t.start_ms).toBeGreaterThanOrEqual(params.delay_ms - 1);
      expect(t.end_ms).toBeLessThanOrEqual(elapsed + 1);
      expect(t.delay_ms).toBeGreaterThanOrEqual(params.delay_ms - 1);
      expect(t.delay_ms).toBeLessThanOrEqual(t.end_ms - t.start_ms + 1);
    }
    // Yielded as they complete. (Pool threads stamp their own end times and their answers may
    // reach this thread in another order when the machine is busy, so only for this thread.)
    if (strategy !== 'threads') {
      const ends = timings.map((t) => t.end_ms);
      expect(ends).toEqual([...ends].sort((a, b) => a - b));
    }
  });

  it('reports every failure as a 503 result and goes on with the rest', async () => {
    const { timings } = await runStrategy(strategy, { count: 4, delay_ms: 20, fail_rate: 1 });
    expect(timings).toHaveLength(4);
    for (const t of timings) {
      expect(t).toMatchObject({
        ok: false,
        status: 503,
        error: 'simulated failure',
        delay_ms: expect.any(Number),
      });
    }
  });

  it('fails exactly the seeded subset the upstream plans', async () => {
    const overrides = { count: 8, delay_ms: 20, fail_rate: 0.5, seed: 'mixed' };
    const expected = Array.from({ length: overrides.count }, (_, taskId) =>
      planResponse({
        delay_ms: 20,
        jitter_ms: 0,
        fail_rate: 0.5,
        task_id: taskId,
        seed: overrides.seed,
      }).fails
        ? 503
        : 200,
    );
    // The seed is chosen so that both outcomes occur; otherwise this test proves nothing.
    expect(expected).toContain(503);
    expect(expected).toContain(200);
    const { timings } = await runStrategy(strategy, overrides);
    const statuses = [...timings].sort((a, b) => a.task_id - b.task_id).map((t) => t.status);
    expect(statuses).toEqual(expected);
    expect(timings.filter((t) => !t.ok)).toHaveLength(expected.filter((s) => s === 503).length);
  });
});

describe('sequential', () => {
  it('makes one request at a time on one lane; elapsed ≈ the sum of the delays', async () => {
    const { timings, elapsed } = await runStrategy('sequential', { count: 5, delay_ms: 40 });
    expect(timings.map((t) => t.task_id)).toEqual([0, 1, 2, 3, 4]);
    expect([...lanes(timings)]).toEqual([0]);
    expect(maxInFlight(timings)).toBe(1);
    for (let i = 1; i < timings.length; i++)
      expect(timings[i].start_ms).toBeGreaterThanOrEqual(timings[i - 1].end_ms);
    const waited = sum(timings.map((t) => t.delay_ms ?? 0));
    expect(elapsed).toBeGreaterThanOrEqual(waited);
    expect(elapsed).toBeLessThan(waited + 5 * 50);
  });
});

describe('threads', () => {
  it('uses at most `workers` pool threads, one request each at a time, in ⌈n/k⌉ waves', async () => {
    const { timings, elapsed } = await runStrategy('threads', {
      count: 7,
      delay_ms: 200,
      workers: 3,
    });
    const used = lanes(timings);
    expect(used.size).toBe(3);
    for (const lane of used) expect(lane).not.toBe(threadId);
    expect(maxInFlight(timings)).toBe(3);
    expect(laneOverlaps(timings)).toBe(false);
    // ⌈7/3⌉ = 3 waves of 200 ms: at least 600 ms, and less than a fourth wave.
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(800);
  });

  it('runs on warm threads: the same pool serves the next run', async () => {
    const first = await runStrategy('threads', { count: 3, delay_ms: 20, workers: 3 });
    const second = await runStrategy('threads', { count: 3, delay_ms: 20, workers: 3 });
    expect(lanes(second.timings)).toEqual(lanes(first.timings));
  });
});

describe('async', () => {
  it('has every request in flight at once, one slot each', async () => {
    const { timings, elapsed } = await runStrategy('async', { count: 8, delay_ms: 100 });
    expect(Math.max(...timings.map((t) => t.start_ms))).toBeLessThan(
      Math.min(...timings.map((t) => t.end_ms)),
    );
    expect(maxInFlight(timings)).toBe(8);
    expect([...lanes(timings)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    // One delay, not eight (800 ms).
    expect(elapsed).toBeGreaterThanOrEqual(99);
    expect(elapsed).toBeLessThan(300);
  });

  it('with `limit`, never has more than `limit` in flight, on `limit` slots, in ⌈n/limit⌉ waves', async () => {
    const { timings, elapsed } = await runStrategy('async', { count: 7, delay_ms: 200, limit: 3 });
    expect(maxInFlight(timings)).toBe(3);
    expect([...lanes(timings)].sort((a, b) => a - b)).toEqual([0, 1, 2]);
    expect(laneOverlaps(timings)).toBe(false);
    expect(elapsed).toBeGreaterThanOrEqual(600);
    expect(elapsed).toBeLessThan(800);
  });
});
