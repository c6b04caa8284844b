import { afterEach, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/experiments/race/route';
import { findInterpreters } from '@/platform/process/interpreters';
import { eventsOf } from '@/test/support/sse-events';
import { lostUpdatesAtLeast } from '../lost-updates';
import { raceQuery } from '../params';
import { runRaceExperiment } from './run';
import type { RaceEvent, RaceResult } from '../contract';

const { python } = await findInterpreters();
const NO_PYTHON = 'skipped: python3 is not installed here';

/** Runs one experiment to the end and returns its events and the `done` result. */
async function race(query: Record<string, string>, options?: { maxRunMs?: number }) {
  const events: RaceEvent[] = [];
  for await (const event of runRaceExperiment(
    raceQuery.parse(query),
    new AbortController().signal,
    options,
  ))
    events.push(event);
  const done = events.at(-1);
  if (done?.event !== 'done') throw new Error('no done event');
  return { events, result: done.data as RaceResult };
}

/** Every balance is where its transfers meant it to be: no update was lost. */
function expectNoLostUpdate(result: RaceResult) {
  expect(result.difference).toBe(0);
  expect(result.actual_total).toBe(result.expected_total);
  expect(result.balances_after).toEqual(result.balances_expected);
  expect(result.lost_updates).toBe(0);
}

describe('race lab on Node', () => {
  // Reliability: 1,000,000 plain read-modify-writes from 8 threads over only 8 accounts (all in
  // one cache line), released together at a barrier. A lost update needs two threads running at
  // the same moment on different cores; on a busy machine two threads often share one core,
  // where a switch inside the few-nanosecond window is rare (measured here: 2 threads lost
  // nothing in 4 of 8 runs). 4, 8 and 16 threads lost money in 15 of 15 runs each, 8 threads
  // never less than 1,000. The total can then only come out unchanged if hundreds of lost
  // amounts (1..100 each, either sign) cancel exactly: well under 1 in 1,000.
  it('lock=off: threads lose updates, and the total changes', async () => {
    // A machine so busy that the threads never share a moment can pass a run without a race:
    // up to three runs, the first that changed the total is the one checked.
    const query = { strategy: 'threads', workers: '8', transfers: '1000000' };
    let { events, result } = await race(query);
    for (let retry = 0; retry < 2 && result.difference === 0; retry++)
      ({ events, result } = await race(query));
    expect(result.completed_transfers).toBe(1_000_000);
    expect(result.timed_out).toBe(false);
    expect(result.difference).not.toBe(0);
    expect(result.actual_total - result.expected_total).toBe(result.difference);
    expect(result.lost_updates).toBeGreaterThan(0);
    expect(result.runtime).toMatch(/^Node v/);
    expect(events.map((e) => e.event)).toEqual([
      'start',
      ...Array<string>(8).fill('worker'),
      'done',
    ]);
  });

  it('lock=on: the Atomics mutex keeps every balance exact', async () => {
    const { result } = await race({
      strategy: 'threads',
      workers: '4',
      transfers: '200000',
      lock: 'on',
    });
    expect(result.completed_transfers).toBe(200_000);
    expectNoLostUpdate(result);
    expect(result.elapsed_ms).toBeGreaterThan(0);
  });

  it('async without an await between read and write keeps the total, with no lock', async () => {
    const { result } = await race({ strategy: 'async', workers: '16', transfers: '200000' });
    expect(result.completed_transfers).toBe(200_000);
    expectNoLostUpdate(result);
  });

  // Deterministic rather than likely: each task reads, then waits for a turn of the event loop,
  // during which every other task reads the same old balances.
  it('async with yield_between=on loses updates', async () => {
    const { result } = await race({
      strategy: 'async',
      workers: '4',
      transfers: '20000',
      yield_between: 'on',
    });
    expect(result.difference).not.toBe(0);
    expect(result.lost_updates).toBeGreaterThan(0);
  });

  it('async with yield_between=on and the async lock keeps the total', async () => {
    const { result } = await race({
      strategy: 'async',
      workers: '4',
      transfers: '20000',
      yield_between: 'on',
      lock: 'on',
    });
    expectNoLostUpdate(result);
  });

  it('stops at the time cap, says so, and keeps the books consistent', async () => {
    // ~4 s of work here; the cap stops it after 200 ms.
    const { result } = await race(
      { strategy: 'async', workers: '16', transfers: '1000000', yield_between: 'on', lock: 'on' },
      { maxRunMs: 200 },
    );
    expect(result.timed_out).toBe(true);
    expect(result.completed_transfers).toBeLessThan(1_000_000);
    expectNoLostUpdate(result);
  });
});

describe.skipIf(!python)(
  `race lab on CPython (${python ? `${python.command} ${python.version}` : NO_PYTHON})`,
  () => {
    it('threads with time.sleep(0) between read and write lose updates', async () => {
      const { events, result } = await race({
        strategy: 'threads',
        engine: 'cpython',
        workers: '4',
        transfers: '20000',
        yield_between: 'on',
      });
      expect(result.runtime).toMatch(/^CPython 3\./);
      expect(result.difference).not.toBe(0);
      expect(result.lost_updates).toBeGreaterThan(0);
      expect(events.filter((e) => e.event === 'worker')).toHaveLength(4);
    });

    it('threads without a switch point keep the total on a GIL build (3.10+)', async () => {
      const { result } = await race({
        strategy: 'threads',
        engine: 'cpython',
        workers: '4',
        transfers: '200000',
      });
      // With the GIL, 3.10+ switches threads only at backward jumps and calls, and the transfer
      // has neither between its read and its write. Older versions and the free-threaded build
      // have no such rule.
      const [, minor] = /CPython 3\.(\d+)/.exec(result.runtime) ?? [];
      if (Number(minor) >= 10 && !result.runtime.includes('free-threaded'))
        expectNoLostUpdate(result);
      expect(result.note).toMatch(/backward jump or a call/);
    });

    it('threads with threading.Lock keep the total even with time.sleep(0)', async () => {
      const { result } = await race({
        strategy: 'threads',
        engine: 'cpython',
        workers: '4',
        transfers: '5000',
        yield_between: 'on',
        lock: 'on',
      });
      expectNoLostUpdate(result);
    });

    it('asyncio tasks lose updates only with an await in the window, and asyncio.Lock fixes it', async () => {
      expectNoLostUpdate(
        (await race({ strategy: 'async', engine: 'cpython', transfers: '20000' })).result,
      );
      expect(
        (
          await race({
            strategy: 'async',
            engine: 'cpython',
            transfers: '20000',
            yield_between: 'on',
          })
        ).result.difference,
      ).not.toBe(0);
      expectNoLostUpdate(
        (
          await race({
            strategy: 'async',
            engine: 'cpython',
            transfers: '20000',
            yield_between: 'on',
            lock: 'on',
          })
        ).result,
      );
    });

    it('a cancelled run kills the interpreter and ends at once', async () => {
      // With the lock and sleep(0) this run would take ~90 s.
      const abort = new AbortController();
      const run = runRaceExperiment(
        raceQuery.parse({
          strategy: 'threads',
          engine: 'cpython',
          workers: '16',
          transfers: '1000000',
          yield_between: 'on',
          lock: 'on',
        }),
        abort.signal,
      );
      const started = performance.now();
      await expect(
        (async () => {
          for await (const event of run) if (event.event === 'start') abort.abort();
        })(),
      ).rejects.toThrow(/cancelled/);
      expect(performance.now() - started).toBeLessThan(5_000);
    });
  },
);

describe('GET /api/experiments/race', () => {
  const get = (query: string, init?: RequestInit) =>
    GET(new Request(`http://test/api/experiments/race?${query}`, init));

  it.each([
    ['workers=4', 'strategy'],
    ['strategy=threads&workers=17', 'workers'],
    ['strategy=threads&workers=0', 'workers'],
    ['strategy=threads&transfers=1000001', 'transfers'],
    ['strategy=threads&lock=yes', 'lock'],
    ['strategy=threads&engine=pypy', 'engine'],
    ['strategy=threads&yield_between=on', 'yield_between'],
    ['strategy=threads&accounts=3', ''],
    ['strategy=threads&strategy=async', 'strategy'],
  ])('rejects %s with 400', async (query, path) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toBe('invalid query');
    if (path) expect(body.issues.map((issue) => issue.path)).toContain(path);
  });

  it('answers one JSON document with the documented fields', async () => {
    const response = await get('strategy=async&workers=2&transfers=1000');
    expect(response.status).toBe(200);
    const body = (await response.json()) as RaceResult;
    for (const field of [
      'strategy',
      'engine',
      'lock',
      'yield_between',
      'workers',
      'transfers',
      'elapsed_ms',
      'expected_total',
      'actual_total',
      'difference',
      'lost_updates',
      'balances_before',
      'balances_after',
    ] as const) {
      expect(body).toHaveProperty(field);
    }
    expect(body).toMatchObject({
      strategy: 'async',
      engine: 'node',
      lock: false,
      yield_between: false,
      workers: 2,
      transfers: 1000,
    });
    expect(body.balances_before).toHaveLength(8);
  });

  describe('one run at a time', () => {
    const abort = new AbortController();
    afterEach(() => abort.abort());

    it('queues a second run while one is running, and runs it once the first is gone', async () => {
      const first = await get(
        'strategy=async&workers=16&transfers=1000000&yield_between=on&lock=on',
        {
          headers: { accept: 'text/event-stream' },
          signal: abort.signal,
        },
      );
      expect(first.status).toBe(200);
      const second = eventsOf(
        await get('strategy=threads&transfers=1000', { headers: { accept: 'text/event-stream' } }),
      );
      expect(await second.next()).toMatchObject({ event: 'queued', data: { position: 1 } });
      await first.body?.cancel();
      // The cancelled run has released its turn.
      const seen: string[] = [];
      for (let event = await second.next(); event; event = await second.next())
        seen.push(event.event);
      expect(seen.at(-1)).toBe('done');
    });
  });
});

describe('lostUpdatesAtLeast', () => {
  it('counts at least one lost update per wrong account, more when the gap is larger than one transfer', () => {
    expect(lostUpdatesAtLeast([10, 20, 30], [10, 20, 30])).toBe(0);
    expect(lostUpdatesAtLeast([11, 20, 30], [10, 20, 30])).toBe(1);
    expect(lostUpdatesAtLeast([10, 20 - 250, 30 + 100], [10, 20, 30])).toBe(3 + 1);
  });
});
