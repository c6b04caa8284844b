import { setTimeout as sleep } from 'node:timers/promises';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { admission } from '@/platform/runs/admission';
import { experimentRoute } from './experiment-route';
import { intParam } from './params.mjs';
import type { StreamEvent } from './sse';

// experimentRoute with a small experiment of its own: `n` ticks `gap_ms` apart, then done.
// What is under test is the HTTP layer: validation, JSON vs. event stream, errors, cancellation.

const query = z.strictObject({
  n: intParam(0, 10).default(2),
  gap_ms: intParam(0, 5000).default(0),
  refuse: z.enum(['yes']).optional(),
  fail: z.enum(['early', 'late']).optional(),
});

/** What the last run is doing: waiting between ticks, aborted, cleaned up. */
const lastRun = { waiting: false, aborted: false, finished: false };

async function* ticks(
  params: z.output<typeof query>,
  signal: AbortSignal,
): AsyncGenerator<StreamEvent> {
  Object.assign(lastRun, { waiting: false, aborted: false, finished: false });
  signal.addEventListener('abort', () => (lastRun.aborted = true));
  try {
    if (params.refuse) throw new ApiError(429, 'busy', [], { 'Retry-After': '5' });
    if (params.fail === 'early') throw new Error('broken before the first event');
    yield { event: 'start', data: { n: params.n } };
    let i = 0;
    for (; i < params.n && !signal.aborted; i++) {
      lastRun.waiting = true;
      // No gap: the ticks come in one turn of the event loop, like responses that arrive together.
      if (params.gap_ms > 0)
        await sleep(params.gap_ms, undefined, { signal }).catch(() => undefined);
      lastRun.waiting = false;
      if (!signal.aborted) yield { event: 'tick', data: { i } };
    }
    if (params.fail === 'late') throw new Error('broken mid-run');
    // Like the real experiments, a cancelled run still ends with its (partial) result.
    if (params.n > 0) yield { event: 'done', data: { ticks: i } };
  } finally {
    lastRun.finished = true;
  }
}

const { GET, HEAD } = experimentRoute({ query, cost: () => 1, run: ticks });
const get = (search: string, init?: RequestInit) =>
  GET(new Request(`http://test/x?${search}`, init));
const stream = { headers: { accept: 'text/event-stream' } };

afterEach(() => vi.restoreAllMocks());

describe('experimentRoute, JSON', () => {
  it('answers the data of the done event', async () => {
    const response = await get('n=3');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(await response.json()).toEqual({ ticks: 3 });
  });

  it('answers 400 {error, issues} for a bad query, without running', async () => {
    lastRun.finished = false;
    const response = await get('n=11');
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({
      error: 'invalid query',
      issues: [{ path: 'n', message: 'must be at most 10' }],
    });
    expect(lastRun.finished).toBe(false);
  });

  it("keeps a refusal's status and headers (it comes before the first event)", async () => {
    const response = await get('refuse=yes', stream);
    expect(response.status).toBe(429);
    expect(response.headers.get('retry-after')).toBe('5');
    expect(await response.json()).toEqual({ error: 'busy', issues: [] });
  });

  it('answers 500 without details when the run breaks, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await get('fail=early');
    expect(response.status).toBe(500);
    expect(await response.json()).toEqual({ error: 'internal error', issues: [] });
    expect(log).toHaveBeenCalledOnce();
  });

  it('answers 500 when the run ends without a done event', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await get('n=0');
    expect(response.status).toBe(500);
    expect(log).toHaveBeenCalledOnce();
  });

  it('aborts the run when the client goes away', async () => {
    const hangUp = new AbortController();
    const answer = get('n=3&gap_ms=5000', { signal: hangUp.signal });
    await vi.waitUntil(() => lastRun.waiting);
    const hungUpAt = performance.now();
    hangUp.abort();
    await answer;
    expect(performance.now() - hungUpAt).toBeLessThan(250);
    expect(lastRun.aborted).toBe(true);
    expect(lastRun.finished).toBe(true);
  });
});

describe('experimentRoute, event stream', () => {
  it('sends each event as an SSE frame as it happens, then ends', async () => {
    const started = performance.now();
    const response = await get('n=2&gap_ms=80', stream);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache, no-transform');
    const reader = response.body!.getReader();
    const decoder = new TextDecoder();
    const frames: { text: string; at: number }[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      frames.push({ text: decoder.decode(chunk.value), at: performance.now() - started });
    }
    expect(frames.map((f) => f.text)).toEqual([
      'event: start\ndata: {"n":2}\n\n',
      'event: tick\ndata: {"i":0}\n\n',
      // The done event follows the last tick in the same turn: one write.
      'event: tick\ndata: {"i":1}\n\nevent: done\ndata: {"ticks":2}\n\n',
    ]);
    // Streamed, not buffered: the start frame came one gap before the first tick.
    expect(frames[1].at - frames[0].at).toBeGreaterThanOrEqual(70);
  });

  it('writes events that are ready together as one chunk', async () => {
    const response = await get('n=3', stream);
    const reader = response.body!.getReader();
    const chunks: string[] = [];
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      chunks.push(new TextDecoder().decode(chunk.value));
    expect(chunks).toEqual([
      'event: start\ndata: {"n":3}\n\n' +
        'event: tick\ndata: {"i":0}\n\nevent: tick\ndata: {"i":1}\n\nevent: tick\ndata: {"i":2}\n\n' +
        'event: done\ndata: {"ticks":3}\n\n',
    ]);
  });

  it('ends with an error event when the run breaks after the headers are sent', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {});
    const text = await (await get('n=1&fail=late', stream)).text();
    expect(text.endsWith('event: error\ndata: {"error":"the run failed on the server"}\n\n')).toBe(
      true,
    );
    expect(log).toHaveBeenCalledOnce();
  });

  it('aborts the run, quietly, when the reader cancels mid-run', async () => {
    const log = vi.spyOn(console, 'error');
    const reader = (await get('n=3&gap_ms=5000', stream)).body!.getReader();
    expect(new TextDecoder().decode((await reader.read()).value)).toMatch(/^event: start/);
    // Once the stream is waiting for the next event, the reader goes away.
    await vi.waitUntil(() => lastRun.waiting);
    const readerGone = performance.now();
    await reader.cancel();
    await vi.waitUntil(() => lastRun.finished, { timeout: 1000 });
    expect(performance.now() - readerGone).toBeLessThan(250);
    expect(lastRun.aborted).toBe(true);
    expect(log).not.toHaveBeenCalled();
  });
});

describe('experimentRoute, responses nobody reads', () => {
  it('answers HEAD with the headers of GET and starts no run', async () => {
    lastRun.finished = false;
    const response = await HEAD(new Request('http://test/x?n=3', { method: 'HEAD', ...stream }));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
    expect(response.body).toBeNull();
    expect((await HEAD(new Request('http://test/x?n=11', { method: 'HEAD' }))).status).toBe(400);
    expect(lastRun.finished).toBe(false);
    expect(admission.usage()).toMatchObject({ runs: 0, inflight: 0, queued: 0 });
  });

  it('gives the admission back when the run ends, though the stream is never read', async () => {
    const response = await get('n=2&gap_ms=20', stream);
    expect(response.status).toBe(200);
    expect(admission.usage().runs).toBe(1);
    // Nobody reads the body (as when the framework answers HEAD with GET's response).
    await vi.waitUntil(() => lastRun.finished, { timeout: 2000 });
    await vi.waitUntil(() => admission.usage().runs === 0, { timeout: 1000 });
    // What was sent is still there for a late reader.
    expect(await response.text()).toContain('event: done');
  });

  it('sets a signed lab_client cookie on a newcomer, and none on a browser that has one', async () => {
    const first = await get('n=1');
    const cookie = /lab_client=([^;]+)/.exec(first.headers.get('set-cookie') ?? '')?.[1];
    expect(cookie).toMatch(/^[\w-]{36}\.[\w-]{22}$/);
    expect(first.headers.get('set-cookie')).toMatch(/HttpOnly/);
    const again = await get('n=1', { headers: { cookie: `lab_client=${cookie}` } });
    expect(again.headers.get('set-cookie')).toBeNull();
  });
});
