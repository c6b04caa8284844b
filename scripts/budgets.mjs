// Page-weight budgets, checked after `next build`: the JavaScript and CSS a first visit to each
// prerendered page downloads (the <script src> and stylesheet links in its HTML), gzipped.
// Lazy chunks (charts, experiment panels loaded on demand) are not counted: they are not
// first-load. A text page may weigh at most 10 kB more than the bare Next.js page of the same
// versions (bench/bare-next, built here when missing), weighed in the same run: Next.js 16 and
// React 19 alone (react-dom with the RSC client, the app router, the Turbopack runtime and
// next/link) come to about 135 kB. Slide decks (/present/*) count as experiment pages: they hold
// the presentation app and any experiment of the section; so does a class's student page
// (/join), which holds a lab's guesses and the class's live stream. Exits 1 when a page is over
// budget. Usage: node scripts/budgets.mjs [--json]
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { bareDir, buildBareNext } from './bare-next.mjs';

export const TEXT_PAGE_OVER_BARE = 10 * 1024;
export const BUDGETS = { experimentPageJs: 250 * 1024, css: 30 * 1024 };

/** The gzipped JavaScript and CSS that a prerendered page's HTML loads, from a build in `dist`. */
function firstLoad(dist, html) {
  const gz = (file) =>
    gzipSync(readFileSync(path.join(dist, file.replace(/^\/_next\//, ''))), { level: 9 }).length;
  // noModule scripts are polyfills that modern browsers skip.
  const scripts = new Set(
    [...html.matchAll(/<script(?![^>]*noModule)[^>]*\ssrc="(\/_next\/static\/[^"]+\.js)"/g)].map(
      (m) => m[1],
    ),
  );
  const styles = new Set(
    [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="(\/_next\/static\/[^"]+\.css)"/g)].map(
      (m) => m[1],
    ),
  );
  const sum = (files) => [...files].reduce((total, file) => total + gz(file), 0);
  return { js: sum(scripts), css: sum(styles) };
}

/** First-load JavaScript of the bare Next.js page (built first if it is not). */
export function bareFirstLoadJs() {
  buildBareNext();
  const dist = path.join(bareDir, '.next');
  return firstLoad(dist, readFileSync(path.join(dist, 'server', 'app', 'index.html'), 'utf8')).js;
}

/** Pages whose MDX holds a live experiment (a component that runs something on the server). */
export function experimentSlugs() {
  return new Set(
    readdirSync('content')
      .filter(
        (f) =>
          f.endsWith('.mdx') &&
          /<(FetchExperiment|\w+Lab|DjangoLiveDemo)\b/.test(
            readFileSync(path.join('content', f), 'utf8'),
          ),
      )
      .map((f) => f.replace(/\.mdx$/, '')),
  );
}

/** Every prerendered page's first load and budget; a text page may weigh `bareJs` plus TEXT_PAGE_OVER_BARE. */
export function measurePages(bareJs) {
  const withExperiment = experimentSlugs();
  const appDir = path.join('.next', 'server', 'app');
  const pages = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.html') && !entry.name.startsWith('_')) {
        const route =
          '/' +
          path
            .relative(appDir, full)
            .replace(/\.html$/, '')
            .split(path.sep)
            .filter((s) => !s.startsWith('('))
            .join('/')
            .replace(/(^|\/)index$/, '');
        const slug = route.split('/').pop();
        const experiment =
          withExperiment.has(slug) || route.startsWith('/present/') || route === '/join';
        const { js, css } = firstLoad('.next', readFileSync(full, 'utf8'));
        const jsBudget = experiment ? BUDGETS.experimentPageJs : bareJs + TEXT_PAGE_OVER_BARE;
        pages.push({
          route,
          experiment,
          js,
          jsBudget,
          css,
          cssBudget: BUDGETS.css,
          ok: js <= jsBudget && css <= BUDGETS.css,
        });
      }
    }
  };
  walk(appDir);
  return pages.sort((a, b) => a.route.localeCompare(b.route));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const bareJs = bareFirstLoadJs();
  const pages = measurePages(bareJs);
  if (process.argv.includes('--json')) console.log(JSON.stringify({ bareJs, pages }));
  else {
    const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
    const signed = (n) => `${n < 0 ? '−' : '+'}${kb(Math.abs(n))}`;
    console.log(
      'page'.padEnd(36),
      'first-load JS (gz)'.padStart(20),
      'vs bare'.padStart(10),
      'CSS (gz)'.padStart(18),
      '',
    );
    console.log(
      `(the bare Next.js page: ${kb(bareJs)}; a text page may add ${kb(TEXT_PAGE_OVER_BARE)})`,
    );
    for (const p of pages)
      console.log(
        p.route.padEnd(36),
        `${kb(p.js)} / ${kb(p.jsBudget)}`.padStart(20),
        signed(p.js - bareJs).padStart(10),
        `${kb(p.css)} / ${kb(p.cssBudget)}`.padStart(18),
        p.ok ? 'ok' : 'OVER BUDGET',
      );
  }
  process.exitCode = pages.every((p) => p.ok) ? 0 : 1;
}
