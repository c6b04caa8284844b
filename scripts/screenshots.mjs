// Takes screenshots of pages in light, dark and narrow layouts for a visual check.
// Usage: node scripts/screenshots.mjs http://127.0.0.1:3000 /gil /concurrent-io
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:3000', ...paths] = process.argv.slice(2);
const out = 'screenshots';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }
    : {},
);
const layouts = [
  { name: 'light', width: 1440, height: 900, scheme: 'light' },
  { name: 'dark', width: 1440, height: 900, scheme: 'dark' },
  { name: 'narrow', width: 360, height: 780, scheme: 'light' },
];
for (const path of paths.length ? paths : ['/']) {
  for (const layout of layouts) {
    const page = await browser.newPage({
      viewport: { width: layout.width, height: layout.height },
      colorScheme: layout.scheme,
    });
    await page.goto(base + path, { waitUntil: 'networkidle' });
    const file = `${out}/${path.replace(/[^a-z0-9]+/gi, '_') || 'home'}-${layout.name}.png`;
    await page.screenshot({ path: file, fullPage: process.env.FULL === '1' });
    console.log(file);
    await page.close();
  }
}
await browser.close();
