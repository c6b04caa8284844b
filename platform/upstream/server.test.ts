import { describe, expect, it } from 'vitest';
import { upstreamOrigin } from './index';

// The upstream the experiments fetch from: platform/upstream/server.mjs in its own worker thread,
// reached over a real loopback socket.

describe('upstream server (worker thread)', () => {
  it('starts once and listens on loopback', async () => {
    const origin = await upstreamOrigin();
    expect(origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await upstreamOrigin()).toBe(origin);
  });

  it('answers /health', async () => {
    const response = await fetch(`${await upstreamOrigin()}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ ok: true });
  });

  it('answers 404 for any other path', async () => {
    const response = await fetch(`${await upstreamOrigin()}/api/elsewhere`);
    expect(response.status).toBe(404);
    expect(await response.json()).toEqual({ error: 'not found' });
  });

  it.each(['delay_ms=abc', 'delay_ms=1e3', 'fail_rate=2', 'task_id=-1', 'nope=1'])(
    'answers 400 for ?%s',
    async (search) => {
      const response = await fetch(`${await upstreamOrigin()}/api/upstream?${search}`);
      expect(response.status).toBe(400);
      const body = await response.json();
      expect(body.error).toBe('invalid query');
      expect(body.issues.length).toBeGreaterThan(0);
    },
  );

  it('waits delay_ms, then answers 200 as JSON', async () => {
    const started = performance.now();
    const response = await fetch(`${await upstreamOrigin()}/api/upstream?delay_ms=60&task_id=3`);
    const body = await response.json();
    expect(performance.now() - started).toBeGreaterThanOrEqual(59);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(body).toEqual({ message: 'Hello World!', task_id: '3', delay_ms: expect.any(Number) });
    // One body of a known length, not chunked.
    expect(response.headers.get('transfer-encoding')).toBeNull();
    expect(Number(response.headers.get('content-length'))).toBe(
      Buffer.byteLength(JSON.stringify(body)),
    );
    expect(body.delay_ms).toBeGreaterThanOrEqual(59);
  });

  it('answers a planned failure with 503', async () => {
    const response = await fetch(
      `${await upstreamOrigin()}/api/upstream?delay_ms=20&fail_rate=1&task_id=5`,
    );
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({
      error: 'simulated failure',
      task_id: '5',
      delay_ms: expect.any(Number),
    });
  });

  it('waits concurrently: ten 100 ms requests at once take about 100 ms, not 1 s', async () => {
    const origin = await upstreamOrigin();
    const started = performance.now();
    const bodies = await Promise.all(
      Array.from({ length: 10 }, (_, taskId) =>
        fetch(`${origin}/api/upstream?delay_ms=100&task_id=${taskId}`).then((r) => r.json()),
      ),
    );
    const elapsed = performance.now() - started;
    expect(bodies.map((body) => body.task_id)).toEqual(
      Array.from({ length: 10 }, (_, taskId) => String(taskId)),
    );
    expect(elapsed).toBeGreaterThanOrEqual(99);
    expect(elapsed).toBeLessThan(400);
  });
});
