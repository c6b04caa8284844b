import { expect, test } from '@playwright/test';

// Against the production server the suite starts (warm-up on, as by default): requests that
// must not hold admission, refusals that must keep their status, framework 5xx the site
// prevents. Requests go through Node's fetch, which returns at the headers of a stream.

const base = `http://127.0.0.1:${process.env.E2E_PORT ?? 3100}`;

/** A cheap valid query for every experiment endpoint. */
const EXPERIMENTS = {
  io: 'strategy=async&count=19&delay_ms=0',
  blocking: 'mode=await-sleep&tasks=1&delay_ms=5&block_ms=5',
  gil: 'strategy=sequential&engine=node&tasks=1&work_ms=10',
  race: 'strategy=async&transfers=100&workers=1',
  scale: 'kind=tasks&count=10',
};

interface Health {
  admission: { runs: number; inflight: number; computing: number; queued: number };
}

const admission = async () =>
  ((await (await fetch(`${base}/api/health`)).json()) as Health).admission;
const idle = { runs: 0, inflight: 0, computing: 0, queued: 0 };

/** Runs `task` for 0..n-1, `width` at a time. */
async function inBatches(n: number, width: number, task: (i: number) => Promise<void>) {
  for (let i = 0; i < n; i += width) {
    await Promise.all(Array.from({ length: Math.min(width, n - i) }, (_, j) => task(i + j)));
  }
}

test('a thousand HEAD requests on every experiment endpoint start no run and hold nothing', async () => {
  test.setTimeout(120_000);
  for (const [lab, query] of Object.entries(EXPERIMENTS)) {
    const statuses = new Map<number, number>();
    await inBatches(1000, 25, async (i) => {
      const accept = ['text/event-stream', 'application/json', '*/*', ''][i % 4];
      const response = await fetch(`${base}/api/experiments/${lab}?${query}`, {
        method: 'HEAD',
        headers: accept ? { accept } : {},
      });
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    });
    expect(Object.fromEntries(statuses), lab).toEqual({ 200: 1000 });
    expect(await admission(), lab).toEqual(idle);
  }
  // And the endpoints still run.
  const run = await fetch(`${base}/api/experiments/io?strategy=async&count=2&delay_ms=0`);
  expect(run.status).toBe(200);
});

test('a flood of 150 streams is refused with 429 or 503 and Retry-After, never 500', async () => {
  test.setTimeout(120_000);
  // A signed id each (a HEAD hands one out), as 150 browsers behind one address would have.
  const cookies = await Promise.all(
    Array.from({ length: 150 }, async () => {
      const response = await fetch(`${base}/api/experiments/io?strategy=async`, { method: 'HEAD' });
      return /lab_client=[^;]+/.exec(response.headers.get('set-cookie') ?? '')![0];
    }),
  );
  const abort = new AbortController();
  const answers = await Promise.all(
    cookies.map(async (cookie) => {
      const response = await fetch(
        `${base}/api/experiments/io?strategy=async&count=19&delay_ms=2000`,
        {
          headers: { accept: 'text/event-stream', cookie },
          signal: abort.signal,
        },
      );
      const body = response.ok ? null : ((await response.json()) as { error: string });
      return {
        status: response.status,
        retryAfter: response.headers.get('retry-after'),
        error: body?.error,
      };
    }),
  );
  abort.abort();
  const refused = answers.filter((answer) => answer.status !== 200);
  expect(new Set(refused.map((answer) => answer.status))).toEqual(new Set([429]));
  expect(refused.every((answer) => Number(answer.retryAfter) > 0)).toBe(true);
  // The queue holds 120 and one run is admitted: the rest are refused as a full queue.
  expect(refused.length).toBeGreaterThanOrEqual(20);
  expect(refused[0].error).toMatch(/queue is full/);
  await expect.poll(admission, { timeout: 10_000 }).toEqual(idle);
});

test('headers and paths the framework would answer with a 500 get a 4xx or are ignored', async () => {
  for (const range of ['bytes=5-1', 'bytes=-0', 'bytes=abc', 'bytes=999999-']) {
    for (const path of ['/readme/io-experiment.png', '/']) {
      const response = await fetch(`${base}${path}`, { headers: { range } });
      expect(response.status, `${path} Range: ${range}`).toBe(200);
    }
  }
  for (const path of ['/present/%ff', '/present/%c0%af', '/%ff', '/gil/%e0%a4%a']) {
    expect((await fetch(`${base}${path}`)).status, path).toBe(404);
  }
  // The optimiser would fetch a local path (an API route) on the server's behalf.
  const image = await fetch(`${base}/_next/image?url=%2Fasync%2Fapi_aggregated&w=640&q=75`);
  expect(image.status).toBeGreaterThanOrEqual(400);
  expect(image.status).toBeLessThan(500);
  expect((await fetch(`${base}/api/experiments/io?strategy=async&__proto__=1`)).status).toBe(400);
});

test('pages set no cookie; the first experiment answer sets a signed one', async () => {
  const page = await fetch(`${base}/`);
  expect(page.headers.get('set-cookie')).toBeNull();
  const run = await fetch(`${base}/api/experiments/io?strategy=async&count=1&delay_ms=0`);
  expect(run.headers.get('set-cookie')).toMatch(
    /^lab_client=[\w-]{36}\.[\w-]{22}; Path=\/; Max-Age=\d+; HttpOnly; SameSite=Lax$/,
  );
});

test('health details and interpreter paths stay private', async () => {
  // From this machine the details are there (the soak script reads them)...
  expect(await admission()).toEqual(idle);
  // ... and no answer the browser gets names a path on the server or a process id.
  for (const lab of ['gil', 'blocking', 'io']) {
    const info = await (await fetch(`${base}/api/experiments/${lab}/info`)).text();
    expect(info).not.toMatch(/"path"/);
  }
  const cpu = await (await fetch(`${base}/api/experiments/gil?${EXPERIMENTS.gil}`)).text();
  // (A lane's `pid` stays: the lab teaches that each process has its own.)
  expect(cpu).not.toMatch(/"pids"|"path"/);
});

test('endpoints outside the experiments are bounded: 429 with Retry-After beyond their limit', async () => {
  test.setTimeout(60_000);
  const call = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return {
      status: response.status,
      retryAfter: response.headers.get('retry-after'),
      body: (await response.json()) as { responses?: unknown[] },
    };
  };
  // Each aggregated view holds ten sync-view threads for a second: as many run as have threads.
  const views = await Promise.all(Array.from({ length: 12 }, () => call('/async/api_aggregated/')));
  const served = views.filter((view) => view.status === 200);
  expect(served.length).toBeGreaterThanOrEqual(1);
  expect(served.every((view) => view.body.responses?.length === 10)).toBe(true);
  const refused = views.filter((view) => view.status !== 200);
  expect(refused.length).toBeGreaterThanOrEqual(6);
  expect(refused.every((view) => view.status === 429 && Number(view.retryAfter) > 0)).toBe(true);

  const upstream = await Promise.all(
    Array.from({ length: 100 }, () => call('/api/upstream?delay_ms=1500')),
  );
  const statuses = upstream.map((answer) => answer.status);
  expect(statuses.filter((status) => status === 200)).toHaveLength(64);
  expect(statuses.filter((status) => status === 429)).toHaveLength(36);
});
