import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { GET as info } from '@/app/api/experiments/gil/info/route';
import { GET } from '@/app/api/experiments/gil/route';
import { GET as race } from '@/app/api/experiments/race/route';
import type { CpuInfo } from '../contract';
import { findInterpreters } from '@/platform/process/interpreters';
import type { CpuResult } from '../contract';
import { eventsOf } from '@/test/support/sse-events';

const url = (query: string) => `http://test/api/experiments/gil?${query}`;
const asStream = { headers: { accept: 'text/event-stream' } };
const { python, free_threaded: freeThreaded } = await findInterpreters();

describe('GET /api/experiments/gil/info', () => {
  it('reports cores, the interpreters found and how to get a free-threaded one', async () => {
    const response = await info();
    expect(response.status).toBe(200);
    const body = (await response.json()) as CpuInfo;
    expect(body.cores).toBe(os.availableParallelism());
    expect(body.python?.version).toBe(python?.version);
    expect(body.free_threaded?.version).toBe(freeThreaded?.version);
    if (python)
      expect(body.python).toEqual({
        command: 'python3',
        version: expect.stringMatching(/^3\.\d+/),
        free_threaded: python.free_threaded,
      });
    // Where the interpreters live on the server is none of the browser's business.
    expect(JSON.stringify(body)).not.toMatch(/"path"/);
    expect(body.how_to_get_free_threaded).toMatch(/3\.14t/);
    expect(body.default_engine).toBe(python || freeThreaded ? 'cpython' : 'node');
    expect(body.limits).toMatchObject({
      maxTasks: 8,
      maxWorkMs: 2000,
      minSwitchIntervalMs: 1,
      maxSwitchIntervalMs: 100,
    });
  });
});

describe('GET /api/experiments/gil', () => {
  it.each([
    ['strategy=threads&tasks=9', 'tasks'],
    ['strategy=threads&tasks=0', 'tasks'],
    ['strategy=threads&work_ms=2001', 'work_ms'],
    ['strategy=threads&work_ms=5', 'work_ms'],
    ['strategy=threads&switch_interval_ms=0', 'switch_interval_ms'],
    ['strategy=threads&switch_interval_ms=101', 'switch_interval_ms'],
    ['strategy=fibers', 'strategy'],
    ['tasks=2', 'strategy'],
    ['strategy=threads&engine=pypy', 'engine'],
    ['strategy=threads&gil=maybe', 'gil'],
    ['strategy=threads&cores=64', '(query)'],
  ])('answers 400 JSON for %s', async (query, path) => {
    const response = await GET(new Request(url(query)));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.issues.map((issue) => issue.path)).toContain(path);
  });

  it('streams start, one lane per task, then done', async () => {
    const response = await GET(
      new Request(url('engine=node&strategy=threads&tasks=3&work_ms=50'), asStream),
    );
    expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = eventsOf(response);
    const names: string[] = [];
    let done: CpuResult | undefined;
    for (let event = await events.next(); event; event = await events.next()) {
      names.push(event.event);
      if (event.event === 'done') done = event.data as CpuResult;
    }
    expect(names).toEqual(['start', 'lane', 'lane', 'lane', 'done']);
    expect(done).toMatchObject({
      engine: 'node',
      strategy: 'threads',
      params: { tasks: 3, work_ms: 50, switch_interval_ms: 5 },
      cores: os.availableParallelism(),
    });
    expect(done!.threads.map((lane) => lane.lane)).toEqual([0, 1, 2]);
    expect(done!.sequential_estimate_ms).toBe(150);
  });

  it.skipIf(!python)('runs on CPython by default when python3 is installed', async () => {
    const response = await GET(new Request(url('strategy=sequential&tasks=1&work_ms=20')));
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      engine: 'cpython',
      gil: true,
      python_version: python?.version,
    });
  });

  it('runs one computing experiment at a time: the next waits in the queue (also a race run), then runs', async () => {
    const first = eventsOf(
      await GET(new Request(url('engine=node&strategy=threads&tasks=2&work_ms=2000'), asStream)),
    );
    const waiting = [
      eventsOf(
        await GET(new Request(url('engine=node&strategy=sequential&tasks=1&work_ms=10'), asStream)),
      ),
      eventsOf(
        await race(
          new Request('http://test/api/experiments/race?strategy=async&transfers=10', asStream),
        ),
      ),
    ];
    try {
      expect((await first.next())?.event).toBe('start');
      expect(await waiting[0].next()).toMatchObject({ event: 'queued', data: { position: 1 } });
      expect(await waiting[1].next()).toMatchObject({ event: 'queued', data: { position: 2 } });
    } finally {
      await first.cancel();
    }
    // Cancelling the first run let the others in, one after the other.
    for (const events of waiting) {
      const seen: string[] = [];
      for (let event = await events.next(); event; event = await events.next())
        seen.push(event.event);
      expect(seen).toContain('start');
      expect(seen.at(-1)).toBe('done');
    }
  });
});
