// Screenshots of presentation mode for a visual check (projector sizes, light and dark).
// Usage: node scripts/present-screenshots.mjs http://127.0.0.1:3200 [slug#slide ...]
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync } from 'node:fs';

const [base = 'http://127.0.0.1:3000', ...targets] = process.argv.slice(2);
const out = 'screenshots/present';
mkdirSync(out, { recursive: true });
const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }
    : {},
);
const sizes = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
];
const list = targets.length
  ? targets
  : [
      'gil#1',
      'gil#3',
      'gil#8',
      'concurrent-io#4',
      'concurrent-io#21',
      'concurrent-io?view=presenter#7',
    ];
for (const target of list) {
  for (const scheme of ['light', 'dark']) {
    for (const size of sizes) {
      const page = await browser.newPage({ viewport: size, colorScheme: scheme });
      await page.goto(`${base}/present/${target}`, { waitUntil: 'networkidle' });
      await page.getByTestId('slide-counter').waitFor();
      await page.waitForTimeout(400);
      const file = `${out}/${target.replace(/[^a-z0-9]+/gi, '_')}-${scheme}-${size.width}.png`;
      await page.screenshot({ path: file });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
