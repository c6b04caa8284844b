// @ts-check
// 5,000 consecutive runs against a running server: small, fast I/O runs of every strategy,
// and every 25th run one of the other labs (blocking, CPU on Node and CPython, race, scale).
// Samples the server's resident set (GET /api/health) as it goes and checks that after 5,000
// runs it is at most 10 % above what it was after the first 500 (the warm-up: pools, JIT, caches).
// Usage: npm run soak -- [http://127.0.0.1:3000]   (SOAK_RUNS=5000)
import { health, newClientCookie, printTable, runOnce, sleep } from './lab-client.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const RUNS = Number(process.env.SOAK_RUNS ?? 5_000);
const WARM_UP = Math.min(500, Math.floor(RUNS / 10));
const SAMPLE_EVERY = Math.max(1, Math.floor(RUNS / 20));
const TOLERANCE = 0.1;
// Each browser may start 40 runs a minute; a soak run starts ~1,500. Enough browsers take
// turns that a polite client rarely waits (each one waits out its own 429s).
const CLIENTS = 64;

const io = [
  '/api/experiments/io?strategy=sequential&count=3&delay_ms=5',
  '/api/experiments/io?strategy=threads&count=6&delay_ms=5&workers=2',
  '/api/experiments/io?strategy=async&count=10&delay_ms=5',
  '/api/experiments/io?strategy=threads&count=6&delay_ms=5&workers=3',
  '/api/experiments/io?strategy=async&count=20&delay_ms=5&limit=5&jitter_ms=5&fail_rate=0.2',
];
const info = await (await fetch(`${base}/api/experiments/gil/info`)).json();
const cpython = Boolean(info.python);
const others = [
  '/api/experiments/blocking?mode=blocking-sleep&tasks=2&delay_ms=10&block_ms=20',
  '/api/experiments/gil?engine=node&strategy=threads&tasks=2&work_ms=10',
  '/api/experiments/race?strategy=threads&workers=2&transfers=1000',
  '/api/experiments/scale?kind=tasks&count=100',
  '/api/experiments/blocking?mode=offloaded&tasks=2&delay_ms=10&block_ms=20',
  '/api/experiments/gil?engine=node&strategy=processes&tasks=2&work_ms=10',
  '/api/experiments/race?strategy=async&workers=2&transfers=1000&yield_between=on',
  '/api/experiments/scale?kind=threads&count=2',
  ...(cpython
    ? [
        '/api/experiments/gil?engine=cpython&strategy=threads&tasks=2&work_ms=10',
        '/api/experiments/race?engine=cpython&strategy=async&workers=2&transfers=1000',
        '/api/experiments/scale?kind=tasks&engine=cpython&count=100',
      ]
    : []),
];

/** The server's memory, the median of three readings (a single one may catch a GC half-way). */
async function memory() {
  const readings = [];
  for (let i = 0; i < 3; i++) {
    readings.push(await health(base));
    await sleep(100);
  }
  const median = (/** @type {number[]} */ values) => [...values].sort((a, b) => a - b)[1];
  return {
    rss: median(readings.map((r) => r.rss_bytes)),
    heap: median(readings.map((r) => r.heap_used_bytes)),
    heapTotal: median(readings.map((r) => r.heap_total_bytes)),
    admission: readings[2].admission,
    uptime: readings[2].uptime_s,
  };
}

console.log(
  `soak: ${RUNS} consecutive runs against ${base} (python3 ${cpython ? 'present' : 'missing: CPython runs left out'})`,
);
const cookies = await Promise.all(Array.from({ length: CLIENTS }, () => newClientCookie(base)));
const MiB = (/** @type {number} */ bytes) => bytes / 2 ** 20;
/** @type {(string | number)[][]} */
const series = [
  [
    'runs',
    'rss MiB',
    'heap used MiB',
    'heap total MiB',
    'runs/s',
    'errors',
    '429s',
    'admission (runs/inflight/queued)',
  ],
];
const start = await memory();
series.push([
  0,
  MiB(start.rss),
  MiB(start.heap),
  MiB(start.heapTotal),
  Number.NaN,
  0,
  0,
  `${start.admission.runs}/${start.admission.inflight}/${start.admission.queued}`,
]);
let errors = 0;
let refusals = 0;
/** @type {Map<string, number>} */
const errorKinds = new Map();
let afterWarmUp = start;
let sliceStarted = performance.now();
const startedAt = performance.now();
for (let run = 1; run <= RUNS; run++) {
  const path = run % 25 === 0 ? others[(run / 25) % others.length] : io[run % io.length];
  const cookie = cookies[run % CLIENTS];
  for (;;) {
    const outcome = await runOnce(base, path, { cookie });
    if (outcome.status === 429) {
      refusals++;
      await sleep((outcome.retryAfterS ?? 1) * 1000);
      continue;
    }
    if (outcome.error) {
      errors++;
      const kind = `${path.replace(/\?.*/, '')}: ${outcome.error.slice(0, 160)}`;
      errorKinds.set(kind, (errorKinds.get(kind) ?? 0) + 1);
    }
    break;
  }
  if (run % SAMPLE_EVERY === 0 || run === WARM_UP) {
    const now = await memory().catch((error) => {
      console.log(
        `\nFAIL: the server stopped answering after ${run} runs (${error.cause?.code ?? error.message}): a crash, or a restart from outside`,
      );
      process.exit(1);
    });
    if (now.uptime < start.uptime) {
      console.log(
        `\nFAIL: the server restarted after ${run} runs (uptime ${now.uptime} s, was ${start.uptime} s at the start): a crash, or a restart from outside; the memory series is void`,
      );
      process.exit(1);
    }
    if (run === WARM_UP) afterWarmUp = now;
    if (run % SAMPLE_EVERY === 0) {
      const rate = SAMPLE_EVERY / ((performance.now() - sliceStarted) / 1000);
      series.push([
        run,
        MiB(now.rss),
        MiB(now.heap),
        MiB(now.heapTotal),
        rate,
        errors,
        refusals,
        `${now.admission.runs}/${now.admission.inflight}/${now.admission.queued}`,
      ]);
      console.log(
        `  ${run} runs: rss ${MiB(now.rss).toFixed(1)} MiB, heap ${MiB(now.heap).toFixed(1)} of ${MiB(now.heapTotal).toFixed(1)} MiB, ${rate.toFixed(1)} runs/s, ${errors} errors`,
      );
    }
    sliceStarted = performance.now();
  }
}
const end = await memory();
const minutes = (performance.now() - startedAt) / 60_000;
console.log(
  `\n${RUNS} runs in ${minutes.toFixed(1)} min (${others.length} kinds of other-lab run, every 25th)`,
);
printTable(series);
for (const [kind, count] of errorKinds) console.log(`  ${count} × ${kind}`);
const growth = (end.rss - afterWarmUp.rss) / afterWarmUp.rss;
console.log(
  `\nrss after ${WARM_UP} runs ${MiB(afterWarmUp.rss).toFixed(1)} MiB, after ${RUNS} ${MiB(end.rss).toFixed(1)} MiB: ${(growth * 100).toFixed(1)} % (heap ${MiB(afterWarmUp.heap).toFixed(1)} → ${MiB(end.heap).toFixed(1)} MiB)`,
);
// Where a rise comes from: the heap V8 reserves grows with the garbage each run leaves (its
// limit adapts), while the live heap right after a collection (the lowest "heap used" seen) is
// what a leak would push up.
const rows = series.slice(1).filter((row) => typeof row[0] === 'number' && row[0] > 0);
const half = rows.filter((row) => Number(row[0]) <= RUNS / 2);
const lowest = (/** @type {(string | number)[][]} */ part) =>
  Math.min(...part.map((row) => Number(row[2])));
const halfway = half.at(-1);
if (halfway) {
  console.log(
    `diagnosis: rss after ${halfway[0]} runs ${Number(halfway[1]).toFixed(1)} MiB → after ${RUNS} ${MiB(end.rss).toFixed(1)} MiB (${(((end.rss - Number(halfway[1]) * 2 ** 20) / (Number(halfway[1]) * 2 ** 20)) * 100).toFixed(1)} %);` +
      ` heap total ${MiB(afterWarmUp.heapTotal).toFixed(1)} → ${MiB(end.heapTotal).toFixed(1)} MiB; lowest heap used, first half ${lowest(half).toFixed(1)} MiB, second half ${lowest(rows.slice(half.length)).toFixed(1)} MiB`,
  );
}
// A leak makes the resident set grow; one that shrinks (pools closing, V8 giving pages back) is fine.
const pass =
  errors === 0 && growth <= TOLERANCE && end.admission.runs === 0 && end.admission.queued === 0;
console.log(
  `${pass ? 'PASS' : 'FAIL'}: rss change ${(growth * 100).toFixed(1)} % (target at most +${TOLERANCE * 100} %), ${errors} errors (target 0), ${refusals} polite waits after 429, admission back to ${JSON.stringify(end.admission)}`,
);
process.exitCode = pass ? 0 : 1;
