import type { Page } from '@playwright/test';

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
      return {
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
