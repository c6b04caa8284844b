import { afterAll, describe, expect, it, vi } from 'vitest';
import { upstreamOrigin } from '@/platform/upstream';
import { onLoopThread } from './on-loop-thread';
import { planFor } from './run';
import type { IoRunResult } from '../contract';
import { Stopwatch } from '../workers/stopwatch.mjs';
import type { RequestTiming } from '../contract';

// The sequential and async strategies run on an event-loop thread of their own; these tests
// check what that buys (the server's loop is not in the measurement) and what happens when
// that thread dies.

const holder = globalThis as typeof globalThis & {
  __concurrencyLabLoopThread?: { worker: { terminate(): Promise<number> } };
};

const params = (overrides: Partial<IoRunResult['params']>): IoRunResult['params'] => ({
  engine: 'node',
  count: 5,
  delay_ms: 100,
  jitter_ms: 0,
  workers: 1,
  limit: null,
  fail_rate: 0,
  seed: 'loop-thread',
  ...overrides,
});

async function collect(
  iterator: AsyncIterator<RequestTiming>,
  first?: Promise<IteratorResult<RequestTiming>>,
) {
  const timings: RequestTiming[] = [];
  for (let next = await (first ?? iterator.next()); !next.done; next = await iterator.next())
    timings.push(next.value);
  return timings;
}

afterAll(() => holder.__concurrencyLabLoopThread?.worker.terminate());

describe('onLoopThread', () => {
  it('measures on its own loop: a server loop blocked for 400 ms does not delay the requests', async () => {
    const plan = planFor(params({}), await upstreamOrigin());
    // A first run starts the thread and opens its connections.
    await collect(
      onLoopThread('async')(plan, new Stopwatch(), new AbortController().signal)[
        Symbol.asyncIterator
      ](),
    );
    const clock = new Stopwatch();
    const iterator = onLoopThread('async')(plan, clock, new AbortController().signal)[
      Symbol.asyncIterator
    ]();
    // The first next() hands the plan to the thread; then this loop is blocked, as a busy
    // web server's would be, for longer than the whole run takes.
    const first = iterator.next();
    const blockedUntil = Date.now() + 400;
    while (Date.now() < blockedUntil);
    const timings = await collect(iterator, first);
    expect(timings).toHaveLength(5);
    expect(timings.every((t) => t.ok)).toBe(true);
    // On the server's loop every end would be ≥ 400 ms; on the thread's, one delay and a bit.
    for (const timing of timings) expect(timing.end_ms).toBeLessThan(300);
    expect(clock.end - clock.origin).toBeGreaterThanOrEqual(100);
    expect(clock.end - clock.origin).toBeLessThan(300);
  });

  it('ends the runs of a thread that dies with a clear error; the next run gets a new thread', async () => {
    const plan = planFor(params({ count: 3, delay_ms: 5000 }), await upstreamOrigin());
    const clock = new Stopwatch();
    const iterator = onLoopThread('sequential')(plan, clock, new AbortController().signal)[
      Symbol.asyncIterator
    ]();
    const first = iterator.next();
    await vi.waitFor(() => expect(clock.origin).not.toBeNaN(), { timeout: 5000 });
    await holder.__concurrencyLabLoopThread?.worker.terminate();
    await expect(first).rejects.toThrow(/the event-loop thread stopped/);

    const again = planFor(params({ count: 2, delay_ms: 10 }), await upstreamOrigin());
    const timings = await collect(
      onLoopThread('async')(again, new Stopwatch(), new AbortController().signal)[
        Symbol.asyncIterator
      ](),
    );
    expect(timings.map((t) => t.ok)).toEqual([true, true]);
  });

  it('a reader that stops early gets control back once the thread has ended the run', async () => {
    // One request at a time, 300 ms each: the whole run would take 1.2 s.
    const plan = planFor(params({ count: 4, delay_ms: 300, limit: 1 }), await upstreamOrigin());
    const clock = new Stopwatch();
    const iterator = onLoopThread('async')(plan, clock, new AbortController().signal)[
      Symbol.asyncIterator
    ]();
    expect(await iterator.next()).toMatchObject({ done: false, value: { ok: true } });
    await iterator.return?.();
    // The thread stops the clock when the cancelled run has ended, before it says so.
    expect(clock.end).not.toBeNaN();
    expect(clock.end - clock.origin).toBeGreaterThanOrEqual(300);
    expect(clock.end - clock.origin).toBeLessThan(900);
  });
});
