import { createParser, type EventSourceMessage } from 'eventsource-parser';
import { afterAll, describe, expect, it } from 'vitest';
import { GET } from '@/app/api/experiments/io/route';
import { planResponse } from '@/platform/upstream/respond.mjs';
import type { IoRunResult } from '../contract';
import { closeIdlePools } from './thread-pools';

// app/api/experiments/io/route.ts, called directly (Vitest's include list does not cover app/),
// running real experiments against the real upstream.

afterAll(closeIdlePools);

const get = (search: string, init?: RequestInit) =>
  GET(new Request(`http://test/api/experiments/io?${search}`, init));

const TIMING_KEYS = ['delay_ms', 'end_ms', 'error', 'lane', 'ok', 'start_ms', 'status', 'task_id'];
const RESULT_KEYS = [
  'elapsed_ms',
  'engine',
  'failed',
  'ideal_ms',
  'overhead_ms',
  'params',
  'requests',
  'setup_ms',
  'strategy',
];
const PARAM_KEYS = [
  'count',
  'delay_ms',
  'engine',
  'fail_rate',
  'jitter_ms',
  'limit',
  'seed',
  'workers',
];
const keys = (value: object) => Object.keys(value).sort();

describe('GET /api/experiments/io, a bad query', () => {
  it.each([
    ['a missing strategy', 'count=2', 'strategy'],
    ['an unknown strategy', 'strategy=fibers', 'strategy'],
    ['an unknown parameter', 'strategy=sequential&url=http://example.com', '(query)'],
    ['a repeated parameter', 'strategy=sequential&count=2&count=3', 'count'],
    ['NaN', 'strategy=sequential&count=NaN', 'count'],
    ['a negative number', 'strategy=sequential&delay_ms=-1', 'delay_ms'],
    ['exponent notation', 'strategy=sequential&count=1e3', 'count'],
    ['a fraction', 'strategy=threads&workers=2.5', 'workers'],
    ['too many requests', 'strategy=async&count=1001', 'count'],
    ['too many workers', 'strategy=threads&workers=65', 'workers'],
    ['too long a delay', 'strategy=async&delay_ms=10001', 'delay_ms'],
    ['a rate above 1', 'strategy=async&fail_rate=1.5', 'fail_rate'],
    ['a bad seed', 'strategy=async&seed=no%20spaces', 'seed'],
    ['a run longer than the cap', 'strategy=sequential&count=100&delay_ms=10000', 'count'],
  ])('answers 400 {error, issues} at once for %s', async (_, search, path) => {
    const started = performance.now();
    const response = await get(search, { headers: { accept: 'text/event-stream' } });
    // Refused before anything runs (the last case would run for 1000 s).
    expect(performance.now() - started).toBeLessThan(250);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = await response.json();
    expect(keys(body)).toEqual(['error', 'issues']);
    expect(body.error).toBe('invalid query');
    expect(body.issues).toContainEqual({ path, message: expect.any(String) });
  });

  it('explains the run-time cap in its message', async () => {
    const body = await (await get('strategy=sequential&count=100&delay_ms=10000')).json();
    expect(body.issues).toEqual([
      { path: 'count', message: expect.stringMatching(/up to 1000 s; the limit is 120 s/) },
    ]);
  });
});

describe('GET /api/experiments/io, JSON', () => {
  it('answers 200 with the whole result', async () => {
    const response = await get('strategy=async&count=4&delay_ms=30&jitter_ms=20&seed=route');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body: IoRunResult = await response.json();
    expect(keys(body)).toEqual(RESULT_KEYS);
    expect(body.strategy).toBe('async');
    expect(keys(body.params)).toEqual(PARAM_KEYS);
    expect(body.params).toEqual({
      engine: 'node',
      count: 4,
      delay_ms: 30,
      jitter_ms: 20,
      workers: 5,
      limit: null,
      fail_rate: 0,
      seed: 'route',
    });
    expect(body.requests).toHaveLength(4);
    for (const request of body.requests) {
      expect(keys(request)).toEqual(TIMING_KEYS);
      // The seed reaches the upstream: each wait is at least the planned one. (No upper bound:
      // on a busy machine the upstream's timers can fire 100 ms late.)
      const planned = planResponse({
        delay_ms: 30,
        jitter_ms: 20,
        fail_rate: 0,
        task_id: request.task_id,
        seed: 'route',
      });
      expect(request.delay_ms).toBeGreaterThanOrEqual(planned.delay - 1);
    }
    // Jitter spreads the waits (the seed is chosen so that it does).
    expect(new Set(body.requests.map((r) => Math.round(r.delay_ms!))).size).toBeGreaterThan(1);
    expect(body.failed).toBe(0);
    for (const ms of [body.elapsed_ms, body.ideal_ms, body.setup_ms])
      expect(ms).toBeGreaterThanOrEqual(0);
  });
});

describe('GET /api/experiments/io, event stream', () => {
  it('streams start, each request as it completes, then done', async () => {
    const started = performance.now();
    const response = await get('strategy=sequential&count=4&delay_ms=80', {
      headers: { accept: 'text/event-stream' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');

    const events: (EventSourceMessage & { at: number })[] = [];
    const parser = createParser({
      onEvent: (event) => events.push({ ...event, at: performance.now() - started }),
    });
    const decoder = new TextDecoder();
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      parser.feed(decoder.decode(chunk.value, { stream: true }));

    expect(events.map((e) => e.event)).toEqual(['start', ...Array(4).fill('request'), 'done']);
    const done: IoRunResult = JSON.parse(events.at(-1)!.data);
    expect(done.requests).toEqual(events.slice(1, -1).map((e) => JSON.parse(e.data)));
    // Incremental: each request frame arrived about one delay after the one before, and the
    // first long before the run was over.
    const requestTimes = events.slice(1, -1).map((e) => e.at);
    for (let i = 1; i < requestTimes.length; i++)
      expect(requestTimes[i] - requestTimes[i - 1]).toBeGreaterThanOrEqual(60);
    expect(events.at(-1)!.at - requestTimes[0]).toBeGreaterThanOrEqual(3 * 80 - 30);
  });
});
