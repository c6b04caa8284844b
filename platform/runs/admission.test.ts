import { describe, expect, it } from 'vitest';
import { Admission } from './admission';
import { ApiError } from '@/platform/http/errors';

const limits = { maxRuns: 2, maxInflight: 10, maxQueue: 2, queueTimeoutMs: 5_000 };
const never = new AbortController().signal;

describe('Admission', () => {
  it('admits at once while run slots and in-flight units last', async () => {
    const admission = new Admission(limits);
    const a = await admission.admit(4, never);
    await admission.admit(4, never);
    expect(admission.usage()).toEqual({ runs: 2, inflight: 8, computing: 0, queued: 0 });
    a.release();
    a.release(); // idempotent
    expect(admission.usage()).toEqual({ runs: 1, inflight: 4, computing: 0, queued: 0 });
  });

  it('queues in order, reports positions, and admits as room frees up', async () => {
    const admission = new Admission(limits);
    const first = await admission.admit(8, never);
    const positions: [number, number][] = [];
    const order: string[] = [];
    const b = admission
      .admit(5, never, (p, n) => positions.push([p, n]))
      .then((t) => (order.push('b'), t));
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
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
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
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
  });

  it('lets a run bigger than the whole budget in, alone', async () => {
    const admission = new Admission(limits);
    const big = await admission.admit(50, never);
    expect(admission.usage().inflight).toBe(10);
    big.release();
  });
});

describe('Admission: runs that compute', () => {
  it('take turns in the queue, one at a time, while runs that wait go on beside them', async () => {
    const admission = new Admission({ ...limits, maxRuns: 5 });
    const cpu = await admission.admit({ units: 2, computes: true }, never);
    const io = await admission.admit(4, never);
    expect(admission.usage()).toEqual({ runs: 2, inflight: 6, computing: 1, queued: 0 });
    let admitted = false;
    const race = admission
      .admit({ units: 1, computes: true }, never)
      .then((ticket) => ((admitted = true), ticket));
    await new Promise((r) => setTimeout(r, 5));
    expect(admitted).toBe(false);
    expect(admission.usage().queued).toBe(1);
    io.release();
    await new Promise((r) => setTimeout(r, 5));
    expect(admitted).toBe(false);
    cpu.release();
    (await race).release();
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
  });
});

describe('Admission.whileAlone', () => {
  const tick = () => new Promise((r) => setTimeout(r, 5));

  it('runs a setup at once when its run is the only one', async () => {
    const admission = new Admission(limits);
    const own = await admission.admit(1, never);
    expect(await admission.whileAlone(async () => 'set up')).toBe('set up');
    own.release();
  });

  it('waits for the runs under way to end, and holds new runs in the queue meanwhile', async () => {
    const admission = new Admission({ ...limits, maxRuns: 5 });
    const other = await admission.admit(1, never);
    const own = await admission.admit(1, never);
    const order: string[] = [];
    let finishSetup!: () => void;
    const setup = admission.whileAlone(() => {
      order.push('setup starts');
      return new Promise<void>((resolve) => (finishSetup = resolve));
    });
    const newcomer = admission
      .admit(1, never)
      .then((ticket) => (order.push('newcomer admitted'), ticket));
    await tick();
    expect(order).toEqual([]);
    expect(admission.usage().queued).toBe(1);
    other.release();
    await tick();
    expect(order).toEqual(['setup starts']);
    finishSetup();
    await setup;
    (await newcomer).release();
    expect(order).toEqual(['setup starts', 'newcomer admitted']);
    own.release();
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
  });

  it('takes turns: the second setup waits until the first run, now measuring, has ended', async () => {
    const admission = new Admission({ ...limits, maxRuns: 5 });
    const a = await admission.admit(1, never);
    const b = await admission.admit(1, never);
    const order: string[] = [];
    const setupA = admission.whileAlone(async () => void order.push('a'));
    const setupB = admission.whileAlone(async () => void order.push('b'));
    await setupA;
    await tick();
    expect(order).toEqual(['a']);
    a.release();
    await setupB;
    expect(order).toEqual(['a', 'b']);
    b.release();
  });

  it('does not wait longer than maxWaitMs for a long run', async () => {
    const admission = new Admission(limits);
    const long = await admission.admit(1, never);
    await admission.admit(1, never);
    let ran = false;
    await admission.whileAlone(async () => void (ran = true), { maxWaitMs: 20 });
    expect(ran).toBe(true);
    long.release();
  });

  it('gives up at once when its run is cancelled while it waits, without doing the setup', async () => {
    const admission = new Admission(limits);
    const other = await admission.admit(1, never);
    const own = await admission.admit(1, never);
    const cancel = new AbortController();
    let ran = false;
    const setup = admission
      .whileAlone(async () => void (ran = true), { signal: cancel.signal })
      .catch((e: unknown) => e);
    await new Promise((r) => setTimeout(r, 5));
    cancel.abort(new Error('reader left'));
    expect(await setup).toMatchObject({ message: 'reader left' });
    expect(ran).toBe(false);
    own.release();
    // Nothing is held back any more: new runs get in.
    const next = await admission.admit(1, never);
    next.release();
    other.release();
  });

  it('ends its turn when the setup fails, so the queue moves on', async () => {
    const admission = new Admission(limits);
    await expect(
      admission.whileAlone(() => Promise.reject(new Error('no threads'))),
    ).rejects.toThrow('no threads');
    const next = await admission.admit(1, never);
    expect(admission.usage().runs).toBe(1);
    next.release();
  });
});
