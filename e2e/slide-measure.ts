import { expect, type Page } from '@playwright/test';

// What the slide walk and the slide screenshots measure on one slide of a deck, in the page.

/** What is wrong with one slide as a projector shows it; empty lists when nothing is. */
export interface SlideReport {
  index: number;
  title: string;
  /** The content needs "more below" (it scrolls even at the smallest fit). */
  overflow: boolean;
  /** The slide has a title and nothing under it. */
  titleOnly: boolean;
  /** Up to five texts rendered below `minPx` screen pixels: "13.6px: text…". */
  small: string[];
  /**
   * Slide pixels of a lab's content out of sight below the lab's box (a lab on a slide scrolls
   * inside itself rather than make the slide scroll; after a run its result should not need to).
   */
  labHiddenBelow: number;
}

/**
 * Measures slide `index` of the live stage: every visible text node's computed font size,
 * times the scale it is drawn at (the stage's and the fit's transforms, CSS zoom, an SVG's
 * viewBox), against `minPx`.
 */
export function measureSlide(page: Page, index: number, minPx: number): Promise<SlideReport> {
  return page.evaluate(
    ({ index, minPx }) => {
      const slide = document.querySelector<HTMLElement>(
        `[data-deck-stage] [data-slide-index="${index}"]`,
      )!;
      const body = slide.querySelector<HTMLElement>('.slide-body')!;
      const content = slide.querySelector<HTMLElement>('.slide-content')!;
      // Screen pixels per CSS pixel of the slide content (stage scale × fit scale).
      const contentScale = content.getBoundingClientRect().width / content.offsetWidth;
      const frameScale = slide.getBoundingClientRect().width / slide.offsetWidth;
      const small: string[] = [];
      const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
      let hasBodyText = false;
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent?.trim();
        const el: Element | null = node.parentElement;
        if (!text || !el) continue;
        if (!el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const rect = range.getBoundingClientRect();
        if (rect.width <= 1 || rect.height <= 1) continue; // visually hidden (sr-only)
        const inBody = content.contains(el);
        if (inBody) hasBodyText = true;
        const fontPx = parseFloat(getComputedStyle(el).fontSize);
        let px: number;
        if (el instanceof SVGElement) {
          const ctm = el instanceof SVGGraphicsElement ? el.getScreenCTM() : null;
          px = fontPx * (ctm ? Math.hypot(ctm.a, ctm.b) : contentScale);
        } else {
          const zoom = (el as Element & { currentCSSZoom?: number }).currentCSSZoom ?? 1;
          px = fontPx * zoom * (inBody ? contentScale : frameScale);
        }
        if (px < minPx - 0.05 && small.length < 5)
          small.push(`${px.toFixed(1)}px: ${text.slice(0, 40)}`);
      }
      const hasMedia = [
        ...content.querySelectorAll('svg, img, canvas, table, pre, [data-experiment]'),
      ].some((media) => media.checkVisibility() && media.getBoundingClientRect().height > 4);
      const labHiddenBelow = Math.max(
        0,
        ...[...content.querySelectorAll<HTMLElement>('[data-stage]')].map(
          (lab) =>
            (lab.scrollHeight -
              lab.scrollTop -
              lab.clientHeight -
              parseFloat(getComputedStyle(lab).paddingBottom)) *
            contentScale,
        ),
      );
      return {
        labHiddenBelow: Math.round(labHiddenBelow),
        index,
        title: slide.querySelector('.slide-title')?.textContent ?? '',
        overflow: body.dataset.overflow === 'true',
        titleOnly: !hasBodyText && !hasMedia,
        small,
      };
    },
    { index, minPx },
  );
}

/** Waits until the slide is shown, has been fitted, and no lab on it is still loading its code. */
export async function settleSlide(page: Page, index: number) {
  await page.waitForFunction((index) => {
    const slide = document.querySelector(`[data-deck-stage] [data-slide-index="${index}"]`);
    return (
      slide &&
      !slide.hasAttribute('hidden') &&
      // The stage stays transparent until it has measured the window and scaled itself.
      slide.checkVisibility({ opacityProperty: true }) &&
      !slide.querySelector('[data-lab-placeholder]') &&
      slide.querySelector<HTMLElement>('.slide-body')?.dataset.scale !== undefined
    );
  }, index);
  // Two frames: a re-fit after the last resize lands before the measurement.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * The problems of one measured slide, one line each: "<deck>#<n> (<title>): <what>". A lab that
 * hides part of itself below its box counts only `afterRun` (before a run that part is the room
 * its result will take).
 */
export function problemsOf(slug: string, report: SlideReport, afterRun = false): string[] {
  const where = `${slug}#${report.index + 1} (${report.title})`;
  return [
    ...(report.overflow ? [`${where}: needs "more below"`] : []),
    ...(afterRun && report.labHiddenBelow > 1
      ? [
          `${where}: the lab hides ${report.labHiddenBelow} px (on screen) of its result below its box`,
        ]
      : []),
    ...(report.titleOnly ? [`${where}: title only`] : []),
    ...report.small.map((text) => `${where}: ${text}`),
  ];
}

/** Opens deck `slug` at its first slide and returns how many slides it has. */
export async function openDeck(page: Page, slug: string): Promise<number> {
  await page.goto(`/present/${slug}#1`);
  const counter = page.getByTestId('slide-counter');
  await expect(counter).toHaveText(/^Slide 1 of \d+$/);
  return Number((await counter.textContent())!.match(/of (\d+)/)![1]);
}

/** Moves the open deck to slide `index` (0-based) of `count` and waits until it is there. */
export async function showSlide(page: Page, index: number, count: number) {
  // The hash, not a key: a key first scrolls a slide that needs "more below".
  await page.evaluate((n) => (window.location.hash = `#${n}`), index + 1);
  await expect(page.getByTestId('slide-counter')).toHaveText(`Slide ${index + 1} of ${count}`);
}

const LABS_ON = (index: number) =>
  `[data-deck-stage] [data-slide-index="${index}"] :is([data-experiment], [data-lab-placeholder])`;

/** Whether slide `index` of the open deck holds a lab (loaded or still a placeholder). */
export async function holdsLab(page: Page, index: number): Promise<boolean> {
  return (await page.locator(LABS_ON(index)).count()) > 0;
}

/** The slides (0-based) of the open deck that hold a lab. */
export async function labSlides(page: Page): Promise<number[]> {
  return page.$$eval('[data-deck-stage] [data-slide-index]', (slides) =>
    slides
      .filter((slide) => slide.querySelector('[data-experiment], [data-lab-placeholder]'))
      .map((slide) => Number(slide.getAttribute('data-slide-index'))),
  );
}

/**
 * Presses the default run button of each lab on slide `index` (its first "Run…" or "Call…"
 * button: "Run all three", the scale lab's "Run") with the settings and engine the slide shows,
 * and waits until the run is over: the lab marks itself `data-ran` and no Cancel is left. A
 * failed run fails here, with the lab's own sentence. Returns what is missing for the labs that
 * cannot run on this machine and say so (their slide is measured as it stands).
 */
export async function runLabOnSlide(page: Page, index: number): Promise<string[]> {
  const labs = page.locator(`[data-deck-stage] [data-slide-index="${index}"] [data-experiment]`);
  const cannotRun: string[] = [];
  for (const lab of await labs.all()) {
    const run = lab.getByRole('button', { name: /^(Run|Call)\b/ }).first();
    // A lab that cannot run on this machine says what is missing (real Django without Django).
    const missing = lab.locator('[data-testid$="-missing"]');
    if ((await run.isDisabled()) && (await missing.count()) > 0) {
      cannotRun.push((await missing.first().textContent()) ?? 'missing');
      continue;
    }
    await expect(run).toBeEnabled();
    await run.click();
    const alert = lab.getByRole('alert');
    await expect(lab.and(page.locator('[data-ran]')).or(alert)).toBeVisible({ timeout: 120_000 });
    await expect(lab.getByRole('button', { name: 'Cancel' })).toHaveCount(0, { timeout: 120_000 });
    await expect(alert).toHaveCount(0);
  }
  return cannotRun;
}

/**
 * Sets apart the problems a list of known slides (1-based) is excused for (those `excused`
 * accepts), and names the listed slides that no longer have such a problem (to take off the list).
 */
export function excuse(
  found: readonly string[],
  known: readonly number[],
  excused: (problem: string) => boolean,
): { unexcused: string[]; nowPassing: number[] } {
  const slideOf = (problem: string) => Number(problem.match(/#(\d+) /)![1]);
  const listed = new Set(known);
  const failing = new Set(found.filter(excused).map(slideOf));
  return {
    unexcused: found.filter((p) => !(listed.has(slideOf(p)) && excused(p))),
    nowPassing: known.filter((n) => !failing.has(n)),
  };
}
