import { describe, expect, it } from 'vitest';
import { planResponse, respond, upstreamQuery, type UpstreamQuery } from './respond.mjs';

/** A parsed upstream query, as the server and the route hand it to `respond`. */
const query = (overrides: Partial<UpstreamQuery> = {}): UpstreamQuery => ({
  delay_ms: 100,
  jitter_ms: 0,
  fail_rate: 0,
  task_id: 0,
  ...overrides,
});

/** Pending timers of this thread that keep it alive (a `respond` wait is one of them). */
const activeTimers = () =>
  process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length;

const tasks = (count: number) => Array.from({ length: count }, (_, taskId) => taskId);

describe('planResponse', () => {
  it('gives the same delay and outcome for the same seed and task', () => {
    const q = query({ delay_ms: 50, jitter_ms: 1000, fail_rate: 0.5, seed: 'lab' });
    for (const taskId of tasks(20)) {
      expect(planResponse({ ...q, task_id: taskId })).toEqual(
        planResponse({ ...q, task_id: taskId }),
      );
    }
  });

  it('varies across tasks and across seeds', () => {
    const q = query({ delay_ms: 0, jitter_ms: 5000, fail_rate: 0.5, seed: 'lab' });
    const delays = tasks(40).map((taskId) => planResponse({ ...q, task_id: taskId }).delay);
    expect(new Set(delays).size).toBeGreaterThan(30);
    const outcomes = tasks(40).map((taskId) => planResponse({ ...q, task_id: taskId }).fails);
    expect(outcomes).toContain(true);
    expect(outcomes).toContain(false);
    const otherSeed = tasks(40).map(
      (taskId) => planResponse({ ...q, seed: 'other', task_id: taskId }).delay,
    );
    expect(otherSeed).not.toEqual(delays);
  });

  it('without a seed, is random from one call to the next', () => {
    const q = query({ delay_ms: 0, jitter_ms: 5000 });
    const first = tasks(10).map((taskId) => planResponse({ ...q, task_id: taskId }).delay);
    const second = tasks(10).map((taskId) => planResponse({ ...q, task_id: taskId }).delay);
    expect(second).not.toEqual(first);
  });

  it('keeps the delay to whole milliseconds in [delay_ms, delay_ms + jitter_ms], spread over the range', () => {
    const q = query({ delay_ms: 200, jitter_ms: 100, seed: 'bounds' });
    const delays = tasks(500).map((taskId) => planResponse({ ...q, task_id: taskId }).delay);
    for (const delay of delays) {
      expect(Number.isInteger(delay)).toBe(true);
      expect(delay).toBeGreaterThanOrEqual(200);
      expect(delay).toBeLessThanOrEqual(300);
    }
    expect(Math.min(...delays)).toBeLessThan(210);
    expect(Math.max(...delays)).toBeGreaterThan(290);
  });

  it('waits exactly delay_ms when there is no jitter', () => {
    expect(planResponse(query({ delay_ms: 123, seed: 'x' })).delay).toBe(123);
  });

  it('never fails at fail_rate 0, always fails at 1, and fails about that share in between', () => {
    const share = (failRate: number) =>
      tasks(2000).filter(
        (taskId) =>
          planResponse(query({ fail_rate: failRate, seed: 'rate', task_id: taskId })).fails,
      ).length / 2000;
    expect(share(0)).toBe(0);
    expect(share(1)).toBe(1);
    expect(share(0.3)).toBeGreaterThan(0.25);
    expect(share(0.3)).toBeLessThan(0.35);
  });
});

describe('upstreamQuery', () => {
  it('fills in defaults and parses strings strictly', () => {
    expect(upstreamQuery.parse({})).toEqual({
      delay_ms: 100,
      jitter_ms: 0,
      fail_rate: 0,
      task_id: 0,
    });
    expect(
      upstreamQuery.parse({ delay_ms: '20', fail_rate: '0.25', task_id: '7', seed: 'a-b_c' }),
    ).toEqual({
      delay_ms: 20,
      jitter_ms: 0,
      fail_rate: 0.25,
      task_id: 7,
      seed: 'a-b_c',
    });
  });

  it.each([
    ['delay_ms', '1e3'],
    ['delay_ms', '-1'],
    ['delay_ms', '10001'],
    ['jitter_ms', '5001'],
    ['fail_rate', '1.5'],
    ['fail_rate', '.5'],
    ['task_id', '1000000'],
    ['seed', 'has space'],
    ['unknown', '1'],
  ])('rejects %s=%s', (name, value) => {
    expect(upstreamQuery.safeParse({ [name]: value }).success).toBe(false);
  });
});

describe('respond', () => {
  it('waits about delay_ms on a timer while this event loop keeps running', async () => {
    const started = performance.now();
    let timerFiredAt = Number.NaN;
    let answeredAt = Number.NaN;
    // A timer due at 30 ms must fire while respond is still waiting (150 ms). Were the wait
    // blocking this thread, the timer could only fire after it.
    const tick = new Promise<void>((resolve) =>
      setTimeout(() => {
        timerFiredAt = performance.now() - started;
        resolve();
      }, 30),
    );
    const answer = respond(query({ delay_ms: 150, task_id: 4 })).then((result) => {
      answeredAt = performance.now() - started;
      return result;
    });
    const [{ status, body }] = await Promise.all([answer, tick]);

    expect(timerFiredAt).toBeGreaterThanOrEqual(29);
    expect(timerFiredAt).toBeLessThan(answeredAt);
    expect(answeredAt).toBeGreaterThanOrEqual(149);
    expect(answeredAt).toBeLessThan(150 + 250);
    expect(status).toBe(200);
    expect(body).toEqual({ message: 'Hello World!', task_id: '4', delay_ms: expect.any(Number) });
    // The reported delay is the time actually waited: at least the plan, at most what we saw.
    expect(body.delay_ms).toBeGreaterThanOrEqual(149);
    expect(body.delay_ms).toBeLessThanOrEqual(answeredAt + 1);
  });

  it('answers a planned failure with 503 and the same body shape, after the wait', async () => {
    const started = performance.now();
    const { status, body } = await respond(query({ delay_ms: 40, fail_rate: 1, task_id: 9 }));
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(status).toBe(503);
    expect(body).toEqual({
      error: 'simulated failure',
      task_id: '9',
      delay_ms: expect.any(Number),
    });
    expect(body.delay_ms).toBeGreaterThanOrEqual(39);
  });

  it('stops waiting and clears its timer when the signal aborts', async () => {
    const before = activeTimers();
    const abort = new AbortController();
    const started = performance.now();
    const answer = respond(query({ delay_ms: 5000 }), abort.signal);
    expect(activeTimers()).toBe(before + 1);
    abort.abort();
    await expect(answer).rejects.toMatchObject({ name: 'AbortError' });
    expect(performance.now() - started).toBeLessThan(100);
    expect(activeTimers()).toBe(before);
  });
});
