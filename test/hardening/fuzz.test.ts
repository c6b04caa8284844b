import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GET as blocking, HEAD as blockingHead } from '@/app/api/experiments/blocking/route';
import { GET as cpuInfo } from '@/app/api/experiments/gil/info/route';
import { GET as cpu, HEAD as cpuHead } from '@/app/api/experiments/gil/route';
import { GET as io, HEAD as ioHead } from '@/app/api/experiments/io/route';
import { GET as race, HEAD as raceHead } from '@/app/api/experiments/race/route';
import { GET as scale, HEAD as scaleHead } from '@/app/api/experiments/scale/route';
import { GET as health } from '@/app/api/health/route';
import { GET as syncApi } from '@/app/sync/api/route';
import { GET as upstream } from '@/app/api/upstream/route';
import { fuzzCases, probeCases, type FuzzCase } from '@/bench/fuzz-cases.mjs';
import { admission } from '@/platform/runs/admission';
import { closeIdlePools } from '@/labs/io/engine/thread-pools';

// `npm run fuzz` in small: 300 malformed GET requests from the same generator, straight into
// the route handlers. Left out here, and covered by `npm run fuzz` against a real server:
// other methods and raw header bytes (Next.js's router and Node's HTTP parser deal with those
// before a handler runs), and /async/api_aggregated/, which calls this server over HTTP.

const handlers: Record<string, (request: Request) => Response | Promise<Response>> = {
  '/api/experiments/io': io,
  '/api/experiments/blocking': blocking,
  '/api/experiments/gil': cpu,
  '/api/experiments/race': race,
  '/api/experiments/scale': scale,
  '/api/experiments/gil/info': cpuInfo,
  '/api/upstream': upstream,
  '/api/health': health,
  '/sync/api/': syncApi,
};

const SEED = 20_260_101;
const cases = fuzzCases(SEED, 700)
  .filter((fuzzCase) => fuzzCase.method === 'GET' && !fuzzCase.raw && fuzzCase.endpoint in handlers)
  .slice(0, 300);

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(async () => {
  process.off('unhandledRejection', onUnhandled);
  await closeIdlePools();
  const syncViews = (globalThis as { __concurrencyLabSyncViews?: { destroy(): Promise<void> } })
    .__concurrencyLabSyncViews;
  await syncViews?.destroy();
});

interface Answer {
  fuzzCase: FuzzCase;
  status: number;
  body: string;
}

/** One case through its handler, the body read to the end (an event stream included). */
async function answer(fuzzCase: FuzzCase): Promise<Answer> {
  const request = new Request(`http://test${fuzzCase.url}`, { headers: fuzzCase.headers });
  const response = await handlers[fuzzCase.endpoint](request);
  return { fuzzCase, status: response.status, body: await response.text() };
}

describe('300 fuzzed requests, in-process', () => {
  it('get no 5xx, a JSON {error, issues} for every refusal, and leave nothing running', async () => {
    expect(cases).toHaveLength(300);
    const answers: Answer[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (next < cases.length) answers.push(await answer(cases[next++]));
      }),
    );
    const describeAnswer = ({ fuzzCase, status, body }: Answer) =>
      `#${fuzzCase.id} ${fuzzCase.url.slice(0, 100)} [${fuzzCase.what.slice(0, 80)}] → ${status} ${body.slice(0, 120)}`;
    expect(answers.filter((a) => a.status >= 500).map(describeAnswer)).toEqual([]);
    // Every refusal is JSON with an error message and a list of issues, never a stack trace.
    const refusals = answers.filter((a) => a.status >= 400);
    expect(refusals.length).toBeGreaterThan(cases.length / 2);
    for (const refusal of refusals) {
      const body = JSON.parse(refusal.body) as { error: unknown; issues: unknown };
      expect(typeof body.error, describeAnswer(refusal)).toBe('string');
      expect(Array.isArray(body.issues), describeAnswer(refusal)).toBe(true);
      expect(refusal.body).not.toMatch(/\n\s+at /);
    }
    // Bad input is refused with 400 before anything runs: the cheap valid base queries mean
    // the rest are short runs (200) or "busy" refusals of one-at-a-time labs (429).
    expect(answers.filter((a) => ![200, 400, 429].includes(a.status)).map(describeAnswer)).toEqual(
      [],
    );
    expect(
      answers
        .filter((a) => a.status === 200 && a.body.includes('event: error'))
        .map(describeAnswer),
    ).toEqual([]);
    expect(unhandled).toEqual([]);
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
  }, 60_000);
});

describe('the fixed probes, in-process', () => {
  const heads: Record<string, (request: Request) => Response> = {
    '/api/experiments/io': ioHead,
    '/api/experiments/blocking': blockingHead,
    '/api/experiments/gil': cpuHead,
    '/api/experiments/race': raceHead,
    '/api/experiments/scale': scaleHead,
  };

  it('HEAD answers 200 without starting a run; prototype names are refused with 400', async () => {
    const probes = probeCases().filter((probe) => probe.endpoint in heads);
    expect(probes.length).toBe(5 * 8);
    for (const probe of probes) {
      const request = new Request(`http://test${probe.url}`, {
        method: probe.method,
        headers: probe.headers,
      });
      const response =
        probe.method === 'HEAD'
          ? heads[probe.endpoint](request)
          : await handlers[probe.endpoint](request);
      expect(response.status, probe.what).toBe(probe.method === 'HEAD' ? 200 : 400);
      expect(admission.usage(), probe.what).toEqual({
        runs: 0,
        inflight: 0,
        computing: 0,
        queued: 0,
      });
    }
  });
});
