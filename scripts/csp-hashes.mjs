// After `next build`: hashes every inline <script> of every prerendered page, so the
// Content-Security-Policy can allow exactly those scripts (pages stay static; no nonces).
// Writes .next/csp-hashes.json: { "routes": { "/gil": ["sha256-…", …] }, "fallback": [...] }.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const appDir = path.join('.next', 'server', 'app');
const routes = {};

function hashesOf(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
    if (/\ssrc=/.test(attributes) || body.length === 0) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

function walk(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full);
    else if (entry.name.endsWith('.html')) {
      const relative = path
        .relative(appDir, full)
        .replace(/\.html$/, '')
        .split(path.sep)
        .filter((s) => !s.startsWith('('));
      const route = '/' + relative.join('/').replace(/(^|\/)index$/, '');
      routes[route] = hashesOf(readFileSync(full, 'utf8'));
    }
  }
}

walk(appDir);
const fallback = routes['/_not-found'] ?? [];
writeFileSync(path.join('.next', 'csp-hashes.json'), JSON.stringify({ routes, fallback }));
console.log(
  `csp-hashes: ${Object.keys(routes).length} pages, ${Object.values(routes).flat().length} inline scripts hashed`,
);
