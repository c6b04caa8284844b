// Lighthouse on every page, against a production server (started here unless a base URL is
// given), in the system Chromium. Prints one table; exits 1 if a page misses the targets
// (performance ≥ 98, accessibility 100, best practices 100, CLS 0).
// Usage: npm run build && npm run lighthouse [-- http://127.0.0.1:3000] [--desktop]
import { existsSync, readFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { startServer } from '../bench/server.mjs';

const args = process.argv.slice(2);
const desktop = args.includes('--desktop');
const sections = [...readFileSync('content/sections.ts', 'utf8').matchAll(/slug: '([\w-]+)'/g)].map((m) => m[1]);
const paths = ['/', ...sections.map((s) => `/${s}`)];
const TARGETS = { performance: 98, accessibility: 100, 'best-practices': 100 };

const given = args.find((a) => a.startsWith('http'));
const server = given ? { base: given.replace(/\/$/, ''), stop: () => {} } : await startServer(3900);
const chrome = await chromeLauncher.launch({
  chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const rows = [];
try {
  for (const path of paths) {
    const result = await lighthouse(
      server.base + path,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: Object.keys(TARGETS) },
      desktop ? desktopConfig : undefined,
    );
    const { categories, audits, runtimeError } = result.lhr;
    const score = (id) => Math.round((categories[id]?.score ?? 0) * 100);
    // A page Lighthouse could not measure (a trace it could not read) is a row that says why,
    // not a crash that hides the rows measured before it.
    const failure = runtimeError?.code ?? (audits['cumulative-layout-shift']?.numericValue === undefined ? 'no metrics' : null);
    if (failure) {
      rows.push({ path, failure });
      continue;
    }
    rows.push({
      path,
      performance: score('performance'),
      accessibility: score('accessibility'),
      'best-practices': score('best-practices'),
      cls: audits['cumulative-layout-shift'].numericValue,
      lcp: audits['largest-contentful-paint'].numericValue,
      tbt: audits['total-blocking-time'].numericValue,
    });
  }
} finally {
  await chrome.kill();
  await server.stop();
}

console.log(`Lighthouse 12 (${desktop ? 'desktop' : 'mobile, simulated throttling'}) on ${server.base}`);
console.log('page'.padEnd(30), 'perf', 'a11y', 'best', '   CLS', '    LCP', '    TBT', '');
let ok = true;
for (const r of rows) {
  if (r.failure) {
    ok = false;
    console.log(r.path.padEnd(30), `not measured: ${r.failure}`);
    continue;
  }
  const pass = r.performance >= TARGETS.performance && r.accessibility >= TARGETS.accessibility && r['best-practices'] >= TARGETS['best-practices'] && r.cls === 0;
  ok &&= pass;
  console.log(r.path.padEnd(30), String(r.performance).padStart(4), String(r.accessibility).padStart(4), String(r['best-practices']).padStart(4), (r.cls === 0 ? '0' : r.cls.toPrecision(2)).padStart(6), `${Math.round(r.lcp)} ms`.padStart(8), `${Math.round(r.tbt)} ms`.padStart(7), pass ? 'ok' : 'MISSES TARGET');
}
process.exitCode = ok ? 0 : 1;
