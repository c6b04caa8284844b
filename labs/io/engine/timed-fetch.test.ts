import { describe, expect, it } from 'vitest';
import { upstreamOrigin } from '@/platform/upstream';
import { now } from '@/platform/runs/clock.mjs';
import { timedFetch } from '../workers/timed-fetch.mjs';

// One timed request against the real upstream; failures come back as results.

describe('timedFetch', () => {
  it('times a request relative to the run start and reads what the upstream says', async () => {
    const runStart = now() - 50;
    const timing = await timedFetch(
      { taskId: 7, url: `${await upstreamOrigin()}/api/upstream?delay_ms=40&task_id=7` },
      2,
      runStart,
    );
    expect(timing).toEqual({
      task_id: 7,
      start_ms: expect.any(Number),
      end_ms: expect.any(Number),
      lane: 2,
      ok: true,
      status: 200,
      error: null,
      delay_ms: expect.any(Number),
    });
    expect(timing.start_ms).toBeGreaterThanOrEqual(50);
    expect(timing.end_ms - timing.start_ms).toBeGreaterThanOrEqual(39);
    expect(timing.delay_ms).toBeGreaterThanOrEqual(39);
    expect(timing.delay_ms).toBeLessThanOrEqual(timing.end_ms - timing.start_ms + 1);
  });

  it("reports an HTTP error with the upstream's message", async () => {
    const timing = await timedFetch(
      { taskId: 1, url: `${await upstreamOrigin()}/api/upstream?delay_ms=0&fail_rate=1` },
      0,
      now(),
    );
    expect(timing).toMatchObject({
      ok: false,
      status: 503,
      error: 'simulated failure',
      delay_ms: expect.any(Number),
    });
  });

  it('reports an unreachable upstream as a result, not an exception', async () => {
    const timing = await timedFetch(
      { taskId: 0, url: 'http://127.0.0.1:1/api/upstream' },
      0,
      now(),
    );
    expect(timing).toMatchObject({
      task_id: 0,
      ok: false,
      status: null,
      error: expect.stringContaining('ECONNREFUSED'),
      delay_ms: null,
    });
    expect(timing.end_ms).toBeGreaterThanOrEqual(timing.start_ms);
  });

  it('reports a cancelled request as "cancelled", as soon as it is cancelled', async () => {
    const abort = new AbortController();
    const pending = timedFetch(
      { taskId: 0, url: `${await upstreamOrigin()}/api/upstream?delay_ms=5000` },
      0,
      now(),
      abort.signal,
    );
    setImmediate(() => abort.abort());
    const timing = await pending;
    expect(timing).toMatchObject({ ok: false, status: null, error: 'cancelled', delay_ms: null });
    expect(timing.end_ms).toBeLessThan(250);
  });
});
