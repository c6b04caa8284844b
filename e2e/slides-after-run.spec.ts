import { expect, test } from '@playwright/test';
import { sections } from '@/content/sections';
import { watchErrors } from './helpers';
import {
  excuse,
  labSlides,
  measureSlide,
  openDeck,
  problemsOf,
  runLabOnSlide,
  settleSlide,
  showSlide,
} from './slide-measure';

// Each lab slide of every deck after its default run, as a 1280 × 720 projector shows it: the
// same rules as slides-walk.spec.ts (no "more below", no text under 18 px, no console error),
// and the run's result in sight without scrolling the lab. One colour scheme: dark changes
// colours, not the layout. The run uses the settings and the engine the slide starts with; the
// test waits on the lab's state (data-ran, no Cancel), never on a clock.

const MIN_PX = 18;

/**
 * Lab slides (1-based) whose result is still taller than the slide and scrolls inside the lab;
 * excused that rule only (small text and "more below" never are). A slide that passes must
 * leave the list (the test says so).
 */
const RESULT_SCROLLS: Record<string, readonly number[]> = {};

for (const { slug } of sections.filter((section) => section.labs.length > 0)) {
  test(`every lab slide of ${slug} reads at 1280×720 after its default run`, async ({
    browser,
  }) => {
    // Runs take real time: the GIL lab computes for seconds, real Django sleeps for one.
    test.setTimeout(150_000);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const errors = watchErrors(page);
    const count = await openDeck(page, slug);
    const found: string[] = [];
    for (const index of await labSlides(page)) {
      await showSlide(page, index, count);
      await settleSlide(page, index);
      for (const missing of await runLabOnSlide(page, index)) {
        const note = `${slug}#${index + 1}: not run here: ${missing}`;
        console.log(`skipped ${note}`);
        test.info().annotations.push({ type: 'skipped', description: note });
      }
      await settleSlide(page, index);
      found.push(...problemsOf(slug, await measureSlide(page, index, MIN_PX), true));
    }
    expect(errors, `console errors in ${slug}`).toEqual([]);
    await page.close();

    const { unexcused, nowPassing } = excuse(found, RESULT_SCROLLS[slug] ?? [], (p) =>
      p.includes('of its result below its box'),
    );
    expect(unexcused).toEqual([]);
    expect(nowPassing, 'lab slides whose result now fits: take them off RESULT_SCROLLS').toEqual(
      [],
    );
  });
}
