import { afterAll, describe, expect, it } from 'vitest';
import { greedyMakespan } from '../ideal';
import { ioQuery } from '../params';
import { runIoExperiment } from './run';
import type { IoEvent, IoRunResult } from '../contract';
import { closeIdlePools } from './thread-pools';
import { IO_STRATEGIES } from '../contract';

// runIoExperiment end to end against the real upstream. Cancellation is in cancellation.test.ts.

afterAll(closeIdlePools);

async function collect(query: Record<string, string>): Promise<IoEvent[]> {
  const events: IoEvent[] = [];
  for await (const event of runIoExperiment(ioQuery.parse(query), new AbortController().signal))
    events.push(event);
  return events;
}

const doneOf = (events: IoEvent[]) => events.at(-1)!.data as IoRunResult;
const round = (ms: number) => Math.round(ms * 100) / 100;

describe.each(IO_STRATEGIES)('runIoExperiment (%s)', (strategy) => {
  it('sends start, one request per task, then done with the whole result', async () => {
    const events = await collect({
      strategy,
      count: '5',
      delay_ms: '30',
      workers: '2',
      seed: 'run',
    });
    expect(events.map((e) => e.event)).toEqual(['start', ...Array(5).fill('request'), 'done']);
    const params = {
      engine: 'node',
      count: 5,
      delay_ms: 30,
      jitter_ms: 0,
      workers: 2,
      limit: null,
      fail_rate: 0,
      seed: 'run',
    };
    expect(events[0]).toEqual({ event: 'start', data: { strategy, params } });

    const done = doneOf(events);
    expect(done.strategy).toBe(strategy);
    expect(done.params).toEqual(params);
    expect(done.failed).toBe(0);
    // `requests` holds exactly the streamed timings, in the order they were streamed.
    expect(done.requests).toEqual(events.slice(1, -1).map((e) => e.data));
    expect(done.requests.map((r) => r.task_id).sort()).toEqual([0, 1, 2, 3, 4]);

    // The ideal is the upstream's reported waits scheduled on the strategy's lanes.
    const delays = [...done.requests].sort((a, b) => a.task_id - b.task_id).map((r) => r.delay_ms!);
    const lanes = { sequential: 1, threads: 2, async: 5 }[strategy];
    expect(done.ideal_ms).toBeCloseTo(greedyMakespan(delays, lanes), 1);
    expect(done.ideal_ms).toBeGreaterThanOrEqual(Math.ceil(5 / lanes) * 30 - 1);
    // Nothing beats the physics; overhead is exactly the difference.
    expect(done.elapsed_ms).toBeGreaterThanOrEqual(done.ideal_ms - 1);
    expect(done.overhead_ms).toBeCloseTo(round(done.elapsed_ms - done.ideal_ms), 1);
    expect(done.setup_ms).toBeGreaterThanOrEqual(0);
    expect(Math.max(...done.requests.map((r) => r.end_ms))).toBeLessThanOrEqual(
      done.elapsed_ms + 1,
    );
  });

  it('counts failures in `failed` and still finishes', async () => {
    const done = doneOf(
      await collect({ strategy, count: '3', delay_ms: '20', workers: '2', fail_rate: '1' }),
    );
    expect(done.failed).toBe(3);
    expect(done.requests.every((r) => r.status === 503)).toBe(true);
  });
});

describe('runIoExperiment', () => {
  it('makes up a seed when none is given, and uses the given limit', async () => {
    const events = await collect({ strategy: 'async', count: '4', delay_ms: '20', limit: '2' });
    const done = doneOf(events);
    expect(done.params.seed).toMatch(/^[a-z0-9]{1,8}$/);
    expect(done.params.limit).toBe(2);
    expect(new Set(done.requests.map((r) => r.lane))).toEqual(new Set([0, 1]));
    expect(done.ideal_ms).toBeGreaterThanOrEqual(2 * 20 - 1);
  });

  it('counts pool warm-up as setup, not as elapsed time', async () => {
    // A pool size no other test uses, so this run has to create and warm it.
    const done = doneOf(
      await collect({ strategy: 'threads', count: '3', delay_ms: '20', workers: '3' }),
    );
    expect(done.setup_ms).toBeGreaterThan(0);
    expect(done.elapsed_ms).toBeLessThan(20 + 150);
  });
});
