import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as info } from '@/app/api/experiments/django/info/route';
import { GET } from '@/app/api/experiments/django/route';
import { descendantPids } from '@/platform/process/process-tree';
import { djangoServerPid, errorOf, findDjangoPythons, stopDjangoServers } from './real-servers';
import { PROJECT_DIR } from './running-server';
import type { RealDjangoInfo, RealDjangoResult, RealDjangoView } from '../contract';

const pythons = await findDjangoPythons();
const reasons = [
  !pythons['3.2'] && 'Django 3.2 with uvicorn and httpx is not installed (npm run setup:python)',
  !pythons['4.2'] && 'Django 4.2 is not unpacked in .python/django42 (npm run setup:python)',
].filter(Boolean);
if (reasons.length > 0) console.warn(`real Django tests skipped in part: ${reasons.join('; ')}`);

const get = (query: string) => GET(new Request(`http://test/api/experiments/django?${query}`));

async function run(django: string, server: string): Promise<RealDjangoResult> {
  const response = await get(`django=${django}&server=${server}`);
  expect(response.status).toBe(200);
  const result = (await response.json()) as RealDjangoResult;
  const starts = result.views.map((view) => Math.round(view.start_ms)).join(' ');
  console.info(
    `Django ${result.django_version} + ${server}: ${result.status} in ${Math.round(result.elapsed_ms)} ms, ${result.debug_message ?? result.error}; sync views started at ${starts} ms`,
  );
  return result;
}

/** Whether any two sync views ran at the same time. */
const overlapping = (views: RealDjangoView[]) =>
  views.some((a, i) =>
    views.some((b, j) => i !== j && a.start_ms < b.end_ms - 50 && b.start_ms < a.end_ms - 50),
  );

afterAll(async () => {
  await stopDjangoServers();
});

describe('GET /api/experiments/django: bad input', () => {
  it.each([
    ['', 'django'],
    ['django=3.1&server=runserver', 'django'],
    ['django=4.2&server=daphne', 'server'],
    ['django=3.2&server=runserver&port=8000', 'port'],
    ['django=../../etc&server=runserver', 'django'],
    ['django=3.2&server=mysite.settings', 'server'],
    ['django=3.2&server=runserver&server=uvicorn', 'server'],
    ['django=3.2&server=runserver&url=http://example.com/', 'url'],
  ])('?%s is a 400 naming %s', async (query, field) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(field);
    // Nothing was started for it.
    expect(djangoServerPid('3.2', 'runserver')).toBeUndefined();
  });

  it('reads the error line of a plain-text Django 500', () => {
    expect(
      errorOf(
        500,
        'ReadTimeout at /async/api_aggregated/\nNo exception message supplied\n\nRequest Method: GET',
      ),
    ).toBe('ReadTimeout at /async/api_aggregated/');
    expect(errorOf(500, "KeyError at /async/api_aggregated/\n'MYSITE_PORT'\n")).toBe(
      "KeyError at /async/api_aggregated/: 'MYSITE_PORT'",
    );
    expect(errorOf(502, '')).toBe('HTTP 502');
  });
});

describe('GET /api/experiments/django/info', () => {
  it('lists the four combinations and which of them run here', async () => {
    const body = (await (await info()).json()) as RealDjangoInfo;
    expect(body.combinations).toHaveLength(4);
    for (const combination of body.combinations)
      expect(combination.available).toBe(pythons[combination.django] !== null);
    expect(body.missing === null).toBe(reasons.length === 0);
    expect(JSON.stringify(body)).not.toMatch(/\/usr\/|\.python/);
  });
});

describe.skipIf(!pythons['3.2'])('the essay project on Django 3.2', () => {
  it('runserver (WSGI, a thread per request): the ten sync views overlap, ~1.2 s', async () => {
    const result = await run('3.2', 'runserver');
    expect(result.django_version).toMatch(/^3\.2\./);
    expect(result.status).toBe(200);
    expect(result.error).toBeNull();
    expect(result.debug_message).toMatch(/^fetch executed in 1\.\d\d seconds\.$/);
    expect(result.elapsed_ms).toBeGreaterThan(1000);
    expect(result.elapsed_ms).toBeLessThan(2500);
    expect(result.views).toHaveLength(10);
    expect(overlapping(result.views)).toBe(true);
  });

  it('uvicorn (ASGI): every sync view on one thread, one at a time; httpx times out after 5 s and the view answers 500', async () => {
    const result = await run('3.2', 'uvicorn');
    expect(result.status).toBe(500);
    expect(result.debug_message).toBeNull();
    expect(result.error).toMatch(/^ReadTimeout at \/async\/api_aggregated\//);
    expect(result.elapsed_ms).toBeGreaterThan(5000);
    // All ten ran (the run waits for those still queued after the answer), one at a time.
    expect(result.views.map((view) => view.task_id).sort()).toEqual([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
    ]);
    expect(overlapping(result.views)).toBe(false);
    // Ten one-second views in a row: the last one ends some ten seconds in.
    expect(result.views[9].end_ms).toBeGreaterThan(9000);
    // One after the other, a second each.
    for (const [i, view] of result.views.entries())
      expect(view.start_ms).toBeGreaterThan(i * 1000 - 100);
  }, 40_000);

  it('a server that died is restarted, and the run says so; stopping leaves no process behind', async () => {
    const pid = djangoServerPid('3.2', 'runserver');
    expect(pid).toBeTypeOf('number');
    process.kill(-pid!, 'SIGKILL');
    await new Promise((resolve) => setTimeout(resolve, 300));
    const result = await run('3.2', 'runserver');
    expect(result.restarted).toBe(true);
    expect(result.status).toBe(200);
    const again = djangoServerPid('3.2', 'runserver');
    expect(again).toBeTypeOf('number');
    expect(again).not.toBe(pid);
    expect(descendantPids()).toContain(again);
    await stopDjangoServers();
    expect(djangoServerPid('3.2', 'runserver')).toBeUndefined();
    expect(descendantPids()).toEqual([]);
  });

  it('a server dies with the site even when the site is killed outright (launch.py asks Linux for that)', async () => {
    // A stand-in for the site: a Node process that starts the launcher as the manager does, then is SIGKILLed.
    const site = `const { spawn } = require('node:child_process');
      const child = spawn(${JSON.stringify(pythons['3.2']!.command)}, ['-s', '-B', ${JSON.stringify(path.resolve('labs/django/workers/launch.py'))}, 'uvicorn', '0'],
        { cwd: ${JSON.stringify(PROJECT_DIR)}, detached: true, stdio: 'ignore', env: { PATH: process.env.PATH, MYSITE_PORT: '0' } });
      console.log(child.pid); setInterval(() => {}, 1000);`;
    const parent = spawn(process.execPath, ['-e', site], { stdio: ['ignore', 'pipe', 'inherit'] });
    const serverPid = Number(
      await new Promise<string>((resolve) =>
        parent.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString())),
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(descendantPids(parent.pid)).toContain(serverPid);
    parent.kill('SIGKILL');
    const gone = () =>
      !existsSync(`/proc/${serverPid}`) ||
      readFileSync(`/proc/${serverPid}/stat`, 'utf8').includes(') Z ');
    for (let waited = 0; !gone() && waited < 3000; waited += 50)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(gone()).toBe(true);
  });

  it('runs on one server take turns', async () => {
    const started = performance.now();
    const both = await Promise.all([run('3.2', 'runserver'), run('3.2', 'runserver')]);
    // Two runs of ~1.2 s each, one after the other, each with only its own ten views.
    expect(performance.now() - started).toBeGreaterThan(2000);
    for (const result of both) {
      expect(result.status).toBe(200);
      expect(result.views).toHaveLength(10);
    }
  });
});

describe.skipIf(!pythons['4.2'])('the essay project on Django 4.2', () => {
  it.each(['uvicorn', 'runserver'])('%s: the ten sync views overlap, ~1.2 s', async (server) => {
    const result = await run('4.2', server);
    expect(result.django_version).toMatch(/^4\./);
    expect(result.status).toBe(200);
    expect(result.debug_message).toMatch(/^fetch executed in 1\.\d\d seconds\.$/);
    expect(result.elapsed_ms).toBeLessThan(2500);
    expect(result.views).toHaveLength(10);
    expect(overlapping(result.views)).toBe(true);
  });

  it('a run that loses its server mid-run says so (502); the next run starts a new one and says so', async () => {
    const pid = djangoServerPid('4.2', 'runserver');
    expect(pid).toBeTypeOf('number');
    const pending = get('django=4.2&server=runserver');
    await new Promise((resolve) => setTimeout(resolve, 400));
    process.kill(-pid!, 'SIGKILL');
    const response = await pending;
    expect(response.status).toBe(502);
    expect(((await response.json()) as { error: string }).error).toMatch(/stopped during the run/);
    const next = await run('4.2', 'runserver');
    expect(next.restarted).toBe(true);
    expect(next.views).toHaveLength(10);
  });

  it('a cancelled run stops its server, so the next run inherits no leftover views', async () => {
    const pid = djangoServerPid('4.2', 'uvicorn');
    expect(pid).toBeTypeOf('number');
    const abort = new AbortController();
    const pending = GET(
      new Request('http://test/api/experiments/django?django=4.2&server=uvicorn', {
        signal: abort.signal,
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 400));
    abort.abort();
    await pending;
    expect(djangoServerPid('4.2', 'uvicorn')).toBeUndefined();
    expect(descendantPids()).not.toContain(pid);
    const next = await run('4.2', 'uvicorn');
    expect(next.restarted).toBe(false);
    expect(next.views).toHaveLength(10);
    expect(next.views.every((view) => view.start_ms >= 0)).toBe(true);
  });

  it('leaves no process behind once stopped', async () => {
    expect(descendantPids()!.length).toBeGreaterThan(0);
    await stopDjangoServers();
    expect(descendantPids()).toEqual([]);
  });
});
