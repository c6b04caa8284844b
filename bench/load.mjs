// @ts-check
// A class at once: 60 browsers run the async I/O experiment (10 × 100 ms) over and over for
// 30 s while 10 more run the threads experiment (10 × 100 ms, 5 workers). Each client has its
// own lab_client cookie (so its own start limit) and is polite: on 429 it waits Retry-After.
// Prints run times against the ideal, errors, refusals and queue waits.
// Usage: npm run load -- [http://127.0.0.1:3000]   (LOAD_SECONDS=30 LOAD_ASYNC=60 LOAD_THREADS=10)
import { health, newClientCookie, percentile, printTable, runOnce, sleep } from './lab-client.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const seconds = Number(process.env.LOAD_SECONDS ?? 30);
/** The run time the async runs must stay within, as a multiple of their ideal. */
const TARGET_RATIO = 1.5;

const kinds = [
  {
    name: 'async',
    clients: Number(process.env.LOAD_ASYNC ?? 60),
    path: '/api/experiments/io?strategy=async&count=10&delay_ms=100',
  },
  {
    name: 'threads',
    clients: Number(process.env.LOAD_THREADS ?? 10),
    path: '/api/experiments/io?strategy=threads&count=10&delay_ms=100&workers=5',
  },
];

/** @typedef {import('./lab-client.mjs').RunOutcome} RunOutcome */
/** @type {Map<string, (RunOutcome & { atS: number })[]>} */
const outcomes = new Map(kinds.map((kind) => [kind.name, []]));

/** One browser: runs its experiment until the time is up, waiting out every 429. */
async function client(
  /** @type {typeof kinds[number]} */ kind,
  /** @type {string} */ cookie,
  /** @type {number} */ endsAt,
) {
  // A class does not click in the same millisecond: spread the first clicks over a second.
  await sleep(Math.random() * 1000);
  while (performance.now() < endsAt) {
    const atS = (performance.now() - startedAt) / 1000;
    const outcome = await runOnce(base, kind.path, { cookie });
    outcomes.get(kind.name)?.push({ ...outcome, atS });
    if (outcome.status === 429) await sleep((outcome.retryAfterS ?? 1) * 1000);
    else if (outcome.error) await sleep(500); // an error: do not hammer a broken server
  }
}

const before = await health(base);
console.log(
  `load: ${kinds.map((k) => `${k.clients} × ${k.name}`).join(' + ')} clients for ${seconds} s against ${base}`,
);
console.log(
  `server before: rss ${(before.rss_bytes / 2 ** 20).toFixed(0)} MiB, admission ${JSON.stringify(before.admission)}`,
);
// Every student opens the page (which gives the browser its client cookie) before the clicks
// begin; page loads during the runs are measured by `npm run lighthouse`, not here.
const cookies = new Map(kinds.map((kind) => [kind.name, /** @type {string[]} */ ([])]));
for (const kind of kinds)
  for (let i = 0; i < kind.clients; i++) cookies.get(kind.name)?.push(await newClientCookie(base));
const startedAt = performance.now();
const endsAt = startedAt + seconds * 1000;
// Sample the server's admission state while the class runs.
const samples =
  /** @type {{ runs: number, inflight: number, computing: number, queued: number }[]} */ ([]);
const sampler = setInterval(
  () =>
    void health(base).then(
      (h) => samples.push(h.admission),
      () => undefined,
    ),
  250,
);
await Promise.all(
  kinds.flatMap((kind) =>
    (cookies.get(kind.name) ?? []).map((cookie) => client(kind, cookie, endsAt)),
  ),
);
clearInterval(sampler);
const wallS = (performance.now() - startedAt) / 1000;
const after = await health(base);

console.log(`\nwall time ${wallS.toFixed(1)} s\n`);
/** @type {(string | number)[][]} */
const rows = [
  [
    'kind',
    'runs done',
    'elapsed p50',
    'p95',
    'p99',
    'max',
    'ideal p50',
    'ratio p50',
    'p95',
    'p99',
    'max',
    `> ${TARGET_RATIO}×`,
  ],
];
/** @type {(string | number)[][]} */
const other = [
  [
    'kind',
    'requests',
    '200',
    '429',
    'errors',
    'failed reqs',
    'queued runs',
    'queued events',
    'queue wait p50',
    'p95',
    'max',
    'client total p50',
    'p99',
  ],
];
let errors = 0;
let asyncOver = 0;
for (const kind of kinds) {
  const all = outcomes.get(kind.name) ?? [];
  const done = all.filter((o) => o.result);
  const elapsed = done.map((o) => o.result.elapsed_ms);
  const ideal = done.map((o) => o.result.ideal_ms);
  const ratios = done.map((o) => o.result.elapsed_ms / o.result.ideal_ms);
  const over = ratios.filter((r) => r > TARGET_RATIO).length;
  if (kind.name === 'async') asyncOver = over;
  // When the slow runs were admitted tells a warm-up (pools, JIT) from a stall later on.
  const slow = done.filter((o) => o.result.elapsed_ms / o.result.ideal_ms > TARGET_RATIO);
  const admittedAt = (/** @type {typeof done[number]} */ o) =>
    `${(o.atS + o.queueWaitMs / 1000).toFixed(1)} s (${(o.result.elapsed_ms / o.result.ideal_ms).toFixed(2)}×)`;
  if (slow.length > 0)
    console.log(
      `${kind.name} runs over ${TARGET_RATIO}× admitted at: ${slow.map(admittedAt).join(', ')}`,
    );
  rows.push([
    kind.name,
    done.length,
    percentile(elapsed, 50),
    percentile(elapsed, 95),
    percentile(elapsed, 99),
    Math.max(...elapsed),
    percentile(ideal, 50),
    percentile(ratios, 50),
    percentile(ratios, 95),
    percentile(ratios, 99),
    Math.max(...ratios),
    over,
  ]);
  const failedOutcomes = all.filter((o) => o.error && o.status !== 429);
  errors += failedOutcomes.length;
  const queued = all.filter((o) => o.queuedEvents > 0);
  const waits = queued.map((o) => o.queueWaitMs);
  other.push([
    kind.name,
    all.length,
    all.filter((o) => o.status === 200).length,
    all.filter((o) => o.status === 429).length,
    failedOutcomes.length,
    done.reduce((sum, o) => sum + o.result.failed, 0),
    queued.length,
    all.reduce((sum, o) => sum + o.queuedEvents, 0),
    percentile(waits, 50),
    percentile(waits, 95),
    waits.length ? Math.max(...waits) : Number.NaN,
    percentile(
      done.map((o) => o.totalMs),
      50,
    ),
    percentile(
      done.map((o) => o.totalMs),
      99,
    ),
  ]);
  const reasons = new Map();
  for (const o of all.filter((x) => x.error)) {
    const reason = (o.error ?? '').replace(/\d+/g, 'N').slice(0, 120);
    reasons.set(reason, (reasons.get(reason) ?? 0) + 1);
  }
  if (reasons.size > 0) {
    console.log(`${kind.name} non-200 answers by kind:`);
    for (const [reason, count] of reasons) console.log(`  ${count} × ${reason}`);
  }
}
console.log('\nrun times (ms, from the JSON result), ratio = elapsed_ms / ideal_ms');
printTable(rows);
console.log(
  '\nanswers (errors = non-2xx other than 429, network errors, error events; queue wait in ms from request to admission)',
);
printTable(other);
const peak = samples.reduce(
  (p, s) => ({
    runs: Math.max(p.runs, s.runs),
    inflight: Math.max(p.inflight, s.inflight),
    queued: Math.max(p.queued, s.queued),
  }),
  { runs: 0, inflight: 0, queued: 0 },
);
console.log(`\nserver admission, peak of ${samples.length} samples: ${JSON.stringify(peak)}`);
console.log(
  `server after: rss ${(after.rss_bytes / 2 ** 20).toFixed(0)} MiB, admission ${JSON.stringify(after.admission)}`,
);
const pass = errors === 0 && asyncOver === 0;
console.log(
  `\n${pass ? 'PASS' : 'FAIL'}: ${errors} errors (target 0), ${asyncOver} admitted async runs over ${TARGET_RATIO} × ideal (target 0)`,
);
process.exitCode = pass ? 0 : 1;
