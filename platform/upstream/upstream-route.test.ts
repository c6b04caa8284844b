import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/upstream/route';

// app/api/upstream/route.ts, called directly (Vitest's include list does not cover app/).

const get = (search: string, init?: RequestInit) =>
  GET(new Request(`http://test/api/upstream?${search}`, init));

describe('GET /api/upstream', () => {
  it('waits, then answers 200 with the body the experiments read', async () => {
    const started = performance.now();
    const response = await get('delay_ms=40&task_id=12');
    expect(performance.now() - started).toBeGreaterThanOrEqual(39);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(body).toEqual({ message: 'Hello World!', task_id: '12', delay_ms: expect.any(Number) });
    expect(body.delay_ms).toBeGreaterThanOrEqual(39);
  });

  it('answers a planned failure with 503', async () => {
    const response = await get('delay_ms=0&fail_rate=1');
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'simulated failure', task_id: '0' });
  });

  it.each([
    ['delay_ms=1e3', 'delay_ms'],
    ['delay_ms=-5', 'delay_ms'],
    ['delay_ms=10001', 'delay_ms'],
    ['jitter_ms=NaN', 'jitter_ms'],
    ['fail_rate=0.5&fail_rate=1', 'fail_rate'],
    ['url=http://example.com', '(query)'],
  ])('answers 400 {error, issues} for ?%s', async (search, path) => {
    const response = await get(search);
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.error).toBe('invalid query');
    expect(body.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ path, message: expect.any(String) })]),
    );
  });

  it('stops waiting when the client goes away', async () => {
    const abort = new AbortController();
    const started = performance.now();
    const answer = get('delay_ms=5000', { signal: abort.signal });
    abort.abort();
    const response = await answer;
    expect(performance.now() - started).toBeLessThan(200);
    expect(response.status).toBe(499);
  });
});
