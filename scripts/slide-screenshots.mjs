// Screenshots of every lab slide of every deck at 1280 × 720, light and dark, before and after
// the lab's default run (its first "Run…" or "Call…" button, as e2e/slide-measure.ts presses
// it), for a person to look at.
// Usage: npm run screenshots:slides -- [base URL] [out dir]   (a server must be running there;
// default http://127.0.0.1:3000, screenshots/slides).
import { chromium } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const [base = 'http://127.0.0.1:3000', out = 'screenshots/slides'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
// The decks, in the order of content/sections.ts (read as text: it is TypeScript).
const slugs = [...readFileSync('content/sections.ts', 'utf8').matchAll(/slug: '([a-z-]+)'/g)].map(
  (m) => m[1],
);
const browser = await chromium.launch(
  existsSync('/usr/bin/chromium')
    ? {
        executablePath: '/usr/bin/chromium',
        args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      }
    : {},
);
const settled = (page) =>
  page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
for (const colorScheme of ['light', 'dark']) {
  for (const slug of slugs) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, colorScheme });
    await page.goto(`${base}/present/${slug}#1`);
    await page.getByTestId('slide-counter').waitFor();
    const labSlides = await page.$$eval('[data-deck-stage] [data-slide-index]', (slides) =>
      slides
        .filter((s) => s.querySelector('[data-experiment], [data-lab-placeholder]'))
        .map((s) => Number(s.getAttribute('data-slide-index'))),
    );
    for (const index of labSlides) {
      await page.evaluate((n) => (window.location.hash = `#${n}`), index + 1);
      const lab = page.locator(`[data-deck-stage] [data-slide-index="${index}"] [data-experiment]`);
      const run = lab
        .locator('button:not([disabled])')
        .filter({ hasText: /^\s*(Run|Call)\b/ })
        .first();
      await lab.waitFor();
      // A lab whose engine this server lacks has no enabled Run button: its "before" is all.
      const runnable = await run
        .waitFor({ timeout: 20_000 })
        .then(() => true)
        .catch(() => false);
      await settled(page);
      const name = `${out}/${slug}-${index + 1}-${colorScheme}`;
      await page.screenshot({ path: `${name}-before.png` });
      if (!runnable) {
        console.log(`${name}-before.png (no run: nothing to run it with on this server)`);
        continue;
      }
      await run.click();
      // A run is over when the lab says it has a result (data-ran) or a failure, and no Cancel
      // button is left (a run of several variants marks the lab at its first result).
      await page.waitForFunction(
        (index) => {
          const lab = document.querySelector(
            `[data-deck-stage] [data-slide-index="${index}"] [data-experiment]`,
          );
          const buttons = [...(lab?.querySelectorAll('button') ?? [])];
          return (
            (lab?.hasAttribute('data-ran') || lab?.querySelector('[role="alert"]')) &&
            !buttons.some((b) => b.textContent?.trim() === 'Cancel')
          );
        },
        index,
        { timeout: 120_000 },
      );
      await settled(page);
      await page.screenshot({ path: `${name}-after.png` });
      console.log(`${name}-{before,after}.png`);
    }
    await page.close();
  }
}
await browser.close();
