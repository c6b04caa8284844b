import { describe, expect, it } from 'vitest';
import { Admission } from './admission';
import { ApiError } from './errors';

const limits = { maxRuns: 2, maxInflight: 10, maxQueue: 2, queueTimeoutMs: 5_000 };
const never = new AbortController().signal;

describe('Admission', () => {
  it('admits at once while run slots and in-flight units last', async () => {
    const admission = new Admission(limits);
    const a = await admission.admit(4, never);
    await admission.admit(4, never);
    expect(admission.usage()).toEqual({ runs: 2, inflight: 8, queued: 0 });
    a.release();
    a.release(); // idempotent
    expect(admission.usage()).toEqual({ runs: 1, inflight: 4, queued: 0 });
  });

  it('queues in order, reports positions, and admits as room frees up', async () => {
    const admission = new Admission(limits);
    const first = await admission.admit(8, never);
    const positions: [number, number][] = [];
    const order: string[] = [];
    const b = admission.admit(5, never, (p, n) => positions.push([p, n])).then((t) => (order.push('b'), t));
    const c = admission.admit(1, never).then((t) => (order.push('c'), t));
    expect(admission.usage().queued).toBe(2);
    // c would fit now, but does not overtake b.
    await new Promise((r) => setTimeout(r, 10));
    expect(order).toEqual([]);
    first.release();
    (await b).release();
    (await c).release();
    expect(order).toEqual(['b', 'c']);
    expect(positions[0]).toEqual([1, 1]);
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, queued: 0 });
  });

  it('refuses with 429 and Retry-After when the queue is full', async () => {
    const admission = new Admission({ ...limits, maxRuns: 1 });
    await admission.admit(1, never);
    void admission.admit(1, never);
    void admission.admit(1, never);
    const refusal = await admission.admit(1, never).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).status).toBe(429);
    expect((refusal as ApiError).headers['Retry-After']).toBeDefined();
  });

  it('lets an aborted waiter leave the queue, and times out a long wait with 503', async () => {
    const admission = new Admission({ ...limits, maxRuns: 1, queueTimeoutMs: 50 });
    const held = await admission.admit(1, never);
    const abort = new AbortController();
    const leaving = admission.admit(1, abort.signal).catch((e: unknown) => e);
    abort.abort();
    expect(await leaving).toBeInstanceOf(Error);
    expect(admission.usage().queued).toBe(0);
    const timedOut = (await admission.admit(1, never).catch((e: unknown) => e)) as ApiError;
    expect(timedOut.status).toBe(503);
    held.release();
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, queued: 0 });
  });

  it('lets a run bigger than the whole budget in, alone', async () => {
    const admission = new Admission(limits);
    const big = await admission.admit(50, never);
    expect(admission.usage().inflight).toBe(10);
    big.release();
  });
});
