// Lighthouse on every page of the site next to a bare Next.js page of the same versions
// (bench/bare-next: one Link, forty paragraphs, no client components), in the system Chromium,
// against production servers started here. Each page is measured `--runs` times (3 by default;
// rounds alternate between the bare page and the site so that a busy machine weighs on both) and
// the medians are printed in one table, with the gap to the bare page as differences and ratios.
// Exits 1 when a page misses its target:
//   text page: performance ≥ bare − 3, total blocking time ≤ bare + 100 ms;
//   lab page (a live experiment in its MDX): performance ≥ bare − 8, TBT ≤ bare + 300 ms;
//   every page: CLS 0, accessibility 100, best practices 100.
// With --before URL (another build of the site, e.g. main's, served there), every page is also
// measured there in the same rounds, as a row of its own just above the page's, so a change is
// compared with what it changes on the same machine at the same time; those rows do not decide
// the exit code.
// Usage: npm run build && npm run lighthouse [-- --desktop] [--runs 3] [--only /,/gil] [--before http://other] [http://site]
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from '../bench/server.mjs';
import { bareDir, buildBareNext } from './bare-next.mjs';
import { experimentSlugs } from './budgets.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const desktop = args.includes('--desktop');
const runs = Number(option('--runs', '3'));
const sections = [...readFileSync('content/sections.ts', 'utf8').matchAll(/slug: '([\w-]+)'/g)].map(
  (m) => m[1],
);
const only = option('--only', '')?.split(',').filter(Boolean);
const paths = ['/', ...sections.map((s) => `/${s}`)].filter(
  (p) => !only?.length || only.includes(p),
);
const labs = experimentSlugs();
const MINIMUM = { accessibility: 100, 'best-practices': 100 };
const GAP = { text: { performance: 3, tbt: 100 }, lab: { performance: 8, tbt: 300 } };

const nextVersion = buildBareNext();

const given = args.find((a, i) => a.startsWith('http') && args[i - 1] !== '--before');
const site = given
  ? { base: given.replace(/\/$/, ''), stop: async () => {} }
  : await startServer(3900);
const bare = await startServer(3901, {}, { dir: bareDir, readyPath: '/' });
const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: [
    '--headless=new',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
  ],
});

const before = option('--before', '')?.replace(/\/$/, '');
const targets = [
  { name: 'bare Next.js page', url: `${bare.base}/`, kind: 'bare' },
  ...paths.flatMap((p) => {
    const kind = labs.has(p.slice(1)) ? 'lab' : 'text';
    const page = { name: p, url: site.base + p, kind };
    return before ? [{ name: `before ${p}`, url: before + p, kind, before: true }, page] : [page];
  }),
];
/** @type {Map<string, object[]>} */
const samples = new Map(targets.map((t) => [t.name, []]));
/** @type {Map<string, string>} */
const failures = new Map();
/** What moved, on the runs where a page shifted at all: CLS must be 0, and a number alone does not say where to look. */
const shifts = [];
try {
  for (let round = 0; round < runs; round++) {
    for (const target of targets) {
      const result = await lighthouse(
        target.url,
        {
          port: chrome.port,
          output: 'json',
          logLevel: 'error',
          onlyCategories: ['performance', ...Object.keys(MINIMUM)],
        },
        desktop ? desktopConfig : undefined,
      );
      const { categories, audits, runtimeError } = result.lhr;
      // A page Lighthouse could not measure (a trace it could not read) is a row that says why,
      // not a crash that hides the rows measured before it.
      const failure =
        runtimeError?.code ??
        (audits['cumulative-layout-shift']?.numericValue === undefined ? 'no metrics' : null);
      if (failure) {
        failures.set(target.name, failure);
        continue;
      }
      const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
      samples.get(target.name).push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        'best-practices': score('best-practices'),
        cls: audits['cumulative-layout-shift'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
      });
      // Lighthouse's own list of shifted elements needs a gatherer that fails on this Chromium;
      // the trace's LayoutShift events still say which box moved, from where to where.
      if (audits['cumulative-layout-shift'].numericValue > 0) {
        for (const event of result.artifacts.Trace.traceEvents.filter(
          (e) => e.name === 'LayoutShift' && !e.args.data.had_recent_input,
        )) {
          const boxes = (event.args.data.impacted_nodes ?? [])
            .map((n) => `[${n.old_rect}] → [${n.new_rect}]`)
            .join(', ');
          shifts.push(
            `${target.name}, round ${round + 1}: ${event.args.data.score.toPrecision(2)}, box (x, y, width, height) ${boxes}`,
          );
        }
      }
      process.stderr.write('.');
    }
  }
} finally {
  process.stderr.write('\n');
  await chrome.kill();
  await Promise.all([site.stop(), bare.stop()]);
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
/** Medians of every metric over the runs; CLS is the worst run's (it must be 0 in every run). */
const summary = (list) =>
  list.length === 0
    ? null
    : {
        performance: Math.round(median(list.map((s) => s.performance))),
        accessibility: Math.min(...list.map((s) => s.accessibility)),
        'best-practices': Math.min(...list.map((s) => s['best-practices'])),
        cls: Math.max(...list.map((s) => s.cls)),
        lcp: median(list.map((s) => s.lcp)),
        tbt: median(list.map((s) => s.tbt)),
        // Runs of one page differ by tens of milliseconds and a point or two: the spread says how
        // far to trust a gap.
        perfRange: range(list.map((s) => s.performance)),
        tbtRange: range(list.map((s) => s.tbt)),
        runs: list.length,
      };

const floor = summary(samples.get(targets[0].name));
const ms = (n) => `${Math.round(n)} ms`;
const signed = (n, unit = '') =>
  `${n > 0 ? '+' : n < 0 ? '−' : '±'}${Math.abs(Math.round(n))}${unit}`;
const ratio = (a, b) => (b > 0 ? `×${(a / b).toFixed(2)}` : '–');
console.log(
  `Lighthouse 12, ${desktop ? 'desktop' : 'mobile (simulated throttling)'}, median of ${runs}: site ${site.base}${before ? ` (rows "before": ${before})` : ''} next to a bare Next.js ${nextVersion} page`,
);
const header = [
  'page',
  'kind',
  'perf',
  'perf runs',
  'Δperf',
  'TBT',
  'TBT runs',
  'ΔTBT',
  'TBT÷bare',
  'LCP',
  'LCP÷bare',
  'CLS',
  'a11y',
  'best',
  '',
];
const widths = [35, 5, 5, 9, 6, 8, 10, 8, 9, 8, 9, 6, 5, 5, 0];
const line = (cells) =>
  console.log(
    cells
      .map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i])))
      .join(' '),
  );
line(header);
let ok = Boolean(floor);
for (const target of targets) {
  const r = summary(samples.get(target.name));
  if (!r || !floor) {
    if (!target.before) ok = false;
    console.log(target.name.padEnd(35), `not measured: ${failures.get(target.name) ?? 'no runs'}`);
    continue;
  }
  let verdict = '';
  if (target.kind !== 'bare') {
    const gap = GAP[target.kind];
    const pass =
      r.performance >= floor.performance - gap.performance &&
      r.tbt <= floor.tbt + gap.tbt &&
      r.cls === 0 &&
      Object.entries(MINIMUM).every(([id, min]) => r[id] >= min);
    if (!target.before) ok &&= pass;
    verdict = pass ? 'ok' : 'MISSES TARGET';
  }
  const bareRow = target.kind === 'bare';
  line([
    target.name,
    target.kind,
    r.performance,
    r.perfRange,
    bareRow ? '' : signed(r.performance - floor.performance),
    ms(r.tbt),
    r.tbtRange,
    bareRow ? '' : signed(r.tbt - floor.tbt, ' ms'),
    bareRow ? '' : ratio(r.tbt, floor.tbt),
    ms(r.lcp),
    bareRow ? '' : ratio(r.lcp, floor.lcp),
    r.cls === 0 ? '0' : r.cls.toPrecision(2),
    r.accessibility,
    r['best-practices'],
    verdict,
  ]);
}
console.log(
  `targets: text page perf ≥ bare − ${GAP.text.performance}, TBT ≤ bare + ${GAP.text.tbt} ms; lab page perf ≥ bare − ${GAP.lab.performance}, TBT ≤ bare + ${GAP.lab.tbt} ms; CLS 0, a11y and best practices ${MINIMUM.accessibility}`,
);
if (shifts.length > 0) console.log(`layout shifts:\n  ${shifts.join('\n  ')}`);
process.exitCode = ok ? 0 : 1;
