// @ts-check
// `npm run bench`: measures every experiment on this machine against a production server and
// prints one table (measured, ideal or expected, overhead), plus the page budgets; writes it
// to bench/RESULTS.md with the machine it ran on. Run `npm run build` first.
// Usage: node bench/run.mjs [--quick]   (--quick: skips the slow sequential and 1000 rows)
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { measureThreadFloor, middleBurst, openAsyncFloors, startUpstream } from './floor.mjs';
import { newClientCookie, runOnce, sleep } from './lab-client.mjs';
import { startServer } from './server.mjs';

const quick = process.argv.includes('--quick');
// The threads floor first, while no server is running: the same requests without the site.
const threadFloor = await measureThreadFloor([10, 100]);
// The bench is one polite client running many runs: lift the per-client start limit.
const server = await startServer(3950, { LAB_RATE_PER_MINUTE: '100000', LAB_RATE_BURST: '100000' });
const cookie = await newClientCookie(server.base);
/** @type {{ group: string, case: string, measured: string, reference: string, overhead: string, target: string, pass: boolean | null }[]} */
const rows = [];
const ms = (/** @type {number} */ v) => `${v.toFixed(1)} ms`;

async function run(/** @type {string} */ path) {
  const outcome = await runOnce(server.base, path, { cookie });
  if (!outcome.result) throw new Error(`${path}: ${outcome.error}`);
  return outcome.result;
}

/**
 * The I/O targets, as ratios to a floor measured in this same run (so a slow or busy machine
 * moves both): against the same requests made without the site (`floor`, when there is one),
 * overhead ≤ floor + 3 ms up to 100 requests and ≤ 1.10 × floor at 1 000; sequential and threads
 * at 100 (and sequential at 10, which has no floor of its own) also within 3 % of their ideal,
 * ⌈n / threads⌉ × delay.
 */
function ioTarget(
  /** @type {string} */ strategy,
  /** @type {number} */ count,
  /** @type {number} */ ideal,
  /** @type {number | undefined} */ floor,
) {
  const within3 = { text: '≤ 3 % of ideal', limit: 0.03 * ideal };
  if (floor === undefined) return count <= 100 && strategy !== 'async' ? within3 : null;
  const vsFloor =
    count <= 100
      ? { text: `≤ floor ${ms(floor)} + 3 ms`, limit: floor + 3 }
      : { text: `≤ 1.10 × floor ${ms(floor)}`, limit: 1.1 * Math.max(floor, 0) };
  if (count === 100 && strategy !== 'async')
    return {
      text: `${vsFloor.text}, ${within3.text}`,
      limit: Math.min(vsFloor.limit, within3.limit),
    };
  return vsFloor;
}

/**
 * Median of `times` runs (the first run of each case warms pools and sockets).
 * Runs start 250 ms apart, as a reader's clicks would: a run started the moment the last one
 * answered is measured against that run's clean-up (its stream closing, its garbage collected).
 * Each of `alongside` (a floor's burst) runs after each site run, so both are measured in the
 * same minutes of this VM, whose speed drifts by up to 2× over a day.
 */
async function median(
  /** @type {string} */ path,
  times = 3,
  /** @type {(() => Promise<Burst>)[]} */ alongside = [],
) {
  await run(path);
  const results = [];
  /** @type {Burst[][]} */
  const besides = alongside.map(() => []);
  for (let i = 0; i < times; i++) {
    await sleep(250);
    results.push(await run(path));
    for (const [j, burst] of alongside.entries()) {
      await sleep(250);
      besides[j].push(await burst());
    }
  }
  // By overhead where the run has an ideal (else by elapsed time), so the row agrees with the
  // spread of overheads printed beside it.
  const key = (/** @type {{ elapsed_ms: number, ideal_ms?: number }} */ r) =>
    r.elapsed_ms - (r.ideal_ms ?? 0);
  results.sort((a, b) => key(a) - key(b));
  return {
    ...results[Math.floor(results.length / 2)],
    runs: results,
    besides: besides.map(middleBurst),
  };
}

/** @typedef {{ elapsed: number, ideal: number, overhead: number }} Burst */

/** The middle half of the runs' overheads, e.g. "runs 6.1–12.3 ms": how much this VM swings. */
function overheadSpread(/** @type {{ elapsed_ms: number, ideal_ms: number }[]} */ runs) {
  const overheads = runs.map((r) => r.elapsed_ms - r.ideal_ms).sort((a, b) => a - b);
  if (overheads.length < 4) return '';
  const at = (/** @type {number} */ q) => overheads[Math.round(q * (overheads.length - 1))];
  return `; middle half of ${overheads.length} runs ${at(0.25).toFixed(1)}–${at(0.75).toFixed(1)} ms`;
}

// The async floors' upstreams run in this process, idle while the site runs.
const asyncFloors = await openAsyncFloors();
/** @type {{ setup: string, strategy: string, count: number, elapsed: number, ideal: number, overhead: number }[]} */
const floorRows = [];
try {
  // I/O: each strategy × count at 100 ms; the harness overhead against the ideal.
  for (const strategy of ['sequential', 'threads', 'async']) {
    for (const count of [10, 100, 1000]) {
      if (quick && (count === 1000 || (strategy === 'sequential' && count > 10))) continue;
      // Medians of many runs where a run is short: on a shared VM, runs of the same case swing
      // by a factor of two in overhead, and from one bench to the next.
      const times =
        strategy === 'async'
          ? 15
          : count === 10
            ? 7
            : strategy === 'threads' && count === 100
              ? 5
              : 1;
      const floors = strategy === 'async' ? asyncFloors.floors : [];
      const r = await median(
        `/api/experiments/io?strategy=${strategy}&count=${count}&delay_ms=100&workers=5`,
        times,
        floors.map((floor) => () => floor.burst(count)),
      );
      const overhead = r.elapsed_ms - r.ideal_ms;
      // The floor with the site's own client (the first), alternating with this row's runs.
      const floor =
        strategy === 'async'
          ? r.besides[0]?.overhead
          : threadFloor.find((f) => f.strategy === strategy && f.count === count)?.overhead;
      const target = ioTarget(strategy, count, r.ideal_ms, floor);
      rows.push({
        group: 'I/O',
        case: `${strategy} ${count} × 100 ms${strategy === 'threads' ? ', 5 threads' : ''}`,
        measured: ms(r.elapsed_ms),
        reference: `ideal ${ms(r.ideal_ms)}`,
        overhead: `${ms(overhead)} (${((overhead / r.ideal_ms) * 100).toFixed(1)} %${overheadSpread(r.runs)})`,
        target: target?.text ?? '—',
        pass: target ? overhead <= target.limit : null,
      });
      floors.forEach((floor, j) =>
        floorRows.push({
          setup: `${floor.name}, alternating with the row above`,
          strategy,
          count,
          ...r.besides[j],
        }),
      );
    }
  }
  // The CPython engine: the same .py programs run by the site's warm worker, alternating with
  // the same programs run on their own (bench/python/standalone.py) against an upstream of the
  // same code outside the site. Target: the site adds ≤ 5 ms + 3 % to the standalone overhead.
  const ioInfo = await (await fetch(`${server.base}/api/experiments/io/info`)).json();
  // The interpreter the site picks: the first that imports httpx.
  const PYTHON_FOR_BENCH = ['.venv/bin/python3', 'python3', '/usr/bin/python3'].find((command) => {
    try {
      execFileSync(command, ['-E', '-s', '-c', 'import httpx'], { stdio: 'ignore' });
      return true;
    } catch {
      return false;
    }
  });
  if (ioInfo.python && PYTHON_FOR_BENCH) {
    const upstream = await startUpstream(
      new URL('../platform/upstream/server.mjs', import.meta.url),
    );
    try {
      for (const strategy of ['sequential', 'threads', 'async']) {
        for (const count of [10, 100]) {
          if (quick && strategy === 'sequential' && count > 10) continue;
          const standalone = () => {
            const out = execFileSync(PYTHON_FOR_BENCH, [
              '-E',
              '-s',
              'bench/python/standalone.py',
              strategy,
              String(count),
              `http://127.0.0.1:${upstream.port}`,
            ]);
            return Promise.resolve(/** @type {Burst} */ (JSON.parse(String(out))));
          };
          const times = strategy === 'sequential' && count === 100 ? 1 : 5;
          const r = await median(
            `/api/experiments/io?engine=cpython&strategy=${strategy}&count=${count}&delay_ms=100&workers=5`,
            times,
            [standalone],
          );
          const alone = r.besides[0];
          const overhead = r.elapsed_ms - r.ideal_ms;
          const limit = alone.overhead + 5 + 0.03 * r.ideal_ms;
          rows.push({
            group: 'CPython I/O',
            case: `${strategy} ${count} × 100 ms${strategy === 'threads' ? ', 5 threads' : ''}`,
            measured: ms(r.elapsed_ms),
            reference: `ideal ${ms(r.ideal_ms)}; standalone ${ms(alone.elapsed)} (overhead ${ms(alone.overhead)})`,
            overhead: ms(overhead),
            target: '≤ standalone + 5 ms + 3 %',
            pass: overhead <= limit,
          });
        }
      }
    } finally {
      await upstream.stop();
    }
  }
  // The floor: what the same requests cost with no site around them.
  for (const f of [...floorRows, ...threadFloor]) {
    rows.push({
      group: 'Floor',
      case: `${f.strategy} ${f.count} × 100 ms, ${f.setup}`,
      measured: ms(f.elapsed),
      reference: `ideal ${ms(f.ideal)}`,
      overhead: `${ms(f.overhead)} (${((f.overhead / f.ideal) * 100).toFixed(1)} %)`,
      target: 'the floor',
      pass: null,
    });
  }
  // Blocking lab: how late the other tasks end, by mode.
  for (const mode of ['await-sleep', 'blocking-sleep', 'offloaded']) {
    const r = await run(
      `/api/experiments/blocking?mode=${mode}&tasks=10&delay_ms=200&block_ms=1000`,
    );
    const others = r.tasks.filter((/** @type {any} */ t) => t.task_id !== r.blocking_task);
    const lastOther = Math.max(...others.map((/** @type {any} */ t) => t.end_ms));
    const expected = mode === 'blocking-sleep' ? 1200 : 200;
    rows.push({
      group: 'Blocking',
      case: mode,
      measured: `others end by ${ms(lastOther)}; max lag ${ms(r.max_lag_ms)}`,
      reference: `expected ~${expected} ms`,
      overhead: ms(lastOther - expected),
      target: '—',
      pass: null,
    });
  }
  // GIL lab on both engines: median of three runs each; speed-up against the same engine's
  // measured sequential run (the CPU's speed drifts on a shared machine; the ratio is stable).
  const info = await (
    await fetch(`${server.base}/api/experiments/gil/info`, { headers: { cookie } })
  ).json();
  for (const engine of info.python ? ['cpython', 'node'] : ['node']) {
    // Node threads run twice: with the model GIL and without (Node itself has none).
    const cases =
      engine === 'node'
        ? [
            ['sequential', ''],
            ['threads', 'on'],
            ['threads', 'off'],
            ['processes', ''],
            ['async', ''],
          ]
        : [
            ['sequential', ''],
            ['threads', ''],
            ['processes', ''],
            ['async', ''],
          ];
    let sequentialMs = 0;
    for (const [strategy, gil] of cases) {
      const r = await median(
        `/api/experiments/gil?engine=${engine}&strategy=${strategy}&tasks=4&work_ms=300${gil ? `&gil=${gil}` : ''}`,
      );
      if (strategy === 'sequential') sequentialMs = r.elapsed_ms;
      const label = `${engine} ${strategy}${gil ? ` (${gil === 'on' ? 'model GIL' : 'no GIL'})` : ''}`;
      rows.push({
        group: 'GIL',
        case: label,
        measured: ms(r.elapsed_ms),
        reference: `sequential ${ms(sequentialMs)} (estimate ${ms(r.sequential_estimate_ms)})`,
        overhead: `speed-up ${(sequentialMs / r.elapsed_ms).toFixed(2)}×, ${r.cores} cores`,
        target: '—',
        pass: null,
      });
    }
  }
  // Race lab: money created or destroyed.
  for (const [label, query] of [
    ['threads, no lock', 'strategy=threads&workers=8&transfers=200000&lock=off'],
    ['threads, lock', 'strategy=threads&workers=8&transfers=200000&lock=on'],
    [
      'async, no await between',
      'strategy=async&workers=8&transfers=200000&lock=off&yield_between=off',
    ],
    ['async, await between', 'strategy=async&workers=8&transfers=200000&lock=off&yield_between=on'],
  ]) {
    const r = await run(`/api/experiments/race?${query}`);
    rows.push({
      group: 'Race',
      case: label,
      measured: `difference ${r.difference}, ≥ ${r.lost_updates} lost`,
      reference: `total ${r.expected_total}`,
      overhead: ms(r.elapsed_ms),
      target: '—',
      pass: null,
    });
  }
  // Scale lab: bytes per async task and per thread at 1 000 and 10 000.
  for (const [kind, engine, count] of [
    ['tasks', 'node', 1000],
    ['tasks', 'node', 10000],
    ['tasks', 'cpython', 1000],
    ['tasks', 'cpython', 10000],
    ['threads', 'cpython', 1000],
    ['threads', 'cpython', 10000],
    ['threads', 'node', 16],
  ]) {
    if (engine === 'cpython' && !info.python) continue;
    if (quick && count === 10000 && kind === 'threads') continue;
    const r = await run(`/api/experiments/scale?kind=${kind}&engine=${engine}&count=${count}`);
    rows.push({
      group: 'Scale',
      case: `${engine} ${kind} × ${count}`,
      measured: `${(r.bytes_per_unit / 1024).toFixed(1)} KiB per unit`,
      reference: `peak +${(r.rss_peak_bytes - r.rss_baseline_bytes) / 2 ** 20 > 0 ? ((r.rss_peak_bytes - r.rss_baseline_bytes) / 2 ** 20).toFixed(1) : 0} MiB`,
      overhead: `created in ${ms(r.create_ms)}`,
      target: '—',
      pass: null,
    });
  }
} finally {
  await asyncFloors.close();
  await server.stop();
}

const budgets = JSON.parse(
  execFileSync(process.execPath, ['scripts/budgets.mjs', '--json'], { encoding: 'utf8' }),
);
for (const page of budgets) {
  rows.push({
    group: 'Page',
    case: page.route,
    measured: `JS ${(page.js / 1024).toFixed(1)} kB, CSS ${(page.css / 1024).toFixed(1)} kB`,
    reference: `budget ${(page.jsBudget / 1024).toFixed(0)} kB / ${(page.cssBudget / 1024).toFixed(0)} kB`,
    overhead: '—',
    target: page.experiment ? '≤ 250 kB' : '≤ 120 kB (issue)',
    pass: page.experiment ? page.js <= 250 * 1024 : page.js <= 120 * 1024,
  });
}

// How to read the table, written into RESULTS.md above it.
const READING = [
  'Overhead is elapsed minus ideal; the ideal is the waits the upstream reported, scheduled on the',
  "strategy's lanes, so timer lateness in the upstream is not counted as ours. Runs start 250 ms",
  'apart, on a server warmed up as in production (instrumentation.ts). On this machine a',
  'loopback request costs ~1–1.5 ms of latency beyond its wait (idle cores of the VM waking up),',
  'and a burst of N requests costs ~0.05 ms of event-loop time per request on each side (undici',
  "dispatch() through the site's getJson, node:http upstream). The Floor rows time the same",
  'requests without the site (bench/floor.mjs): all at once with the same client and upstream, and',
  "with raw TCP sockets on both sides, each burst right after one of the site's async runs; and on",
  '5 worker threads with the same client. The I/O targets are ratios to those floors, measured in',
  'the same run: overhead ≤ floor + 3 ms up to 100 requests, ≤ 1.10 × floor at 1 000, and sequential',
  "and threads within 3 % of their ideal at 100. The VM's speed drifts: by up to 2× over a day for these",
  'bursts (async 100 measured from 8.7 to 26 ms over six benches on 2026-12-02), by ~20 % between',
  'runs for CPU work, so GIL speed-ups within ±0.2 of 1.00× mean "no speed-up".',
].join('\n');
const machine = `${os.availableParallelism()} cores (${os.cpus()[0]?.model.trim()}), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.type()} ${os.release()}, Node ${process.versions.node}`;
const header =
  '| group | case | measured | ideal / expected | overhead / notes | target | |\n|---|---|---|---|---|---|---|';
const lines = rows.map(
  (r) =>
    `| ${r.group} | ${r.case} | ${r.measured} | ${r.reference} | ${r.overhead} | ${r.target} | ${r.pass === null ? '' : r.pass ? 'ok' : 'missed'} |`,
);
const table = [header, ...lines].join('\n');
console.log(`Machine: ${machine}\n\n${table}`);
if (!quick) {
  writeFileSync(
    'bench/RESULTS.md',
    `# Benchmark results\n\nLast \`npm run bench\`, ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.\n\nMachine: ${machine}.\n\n${READING}\n\n${table}\n`,
  );
}
