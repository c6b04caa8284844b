'use client';

import { useLayoutEffect, useRef } from 'react';
import { fitContent } from '@/lib/present/fit';

// A content that keeps changing its height after every fit (a chart that resizes with its
// width, for instance) must not make the slide re-fit forever.
const MAX_FITS_PER_SECOND = 20;
// Below this a lab is better shrunk with the slide than cut to a scrolling strip.
const MIN_LAB_ROOM = 240;

/**
 * Shrinks a slide's content until it fits the slide body (see lib/present/fit.ts), and again
 * whenever the content changes size (an experiment drawing its results). Works on the DOM
 * directly: the measurements need synchronous layout, and no React state depends on them.
 * The body gets `data-overflow="true"` (and becomes scrollable) when even `minScale` is not
 * enough, so content is never clipped silently.
 */
export function useSlideFit(active: boolean, minScale: number) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const sizerRef = useRef<HTMLDivElement>(null);
  const contentRef = useRef<HTMLDivElement>(null);

  useLayoutEffect(() => {
    const body = bodyRef.current;
    const sizer = sizerRef.current;
    const content = contentRef.current;
    if (!active || !body || !sizer || !content) return;
    let fitted = { width: -1, height: -1 };
    let budget = { since: performance.now(), fits: 0 };

    const fit = () => {
      const now = performance.now();
      if (now - budget.since > 1000) budget = { since: now, fits: 0 };
      if (++budget.fits > MAX_FITS_PER_SECOND) return;
      const box = { width: body.clientWidth, height: body.clientHeight };
      if (box.width === 0 || box.height === 0) return; // not laid out (hidden)
      // A lab in its stage layout keeps to the room below whatever precedes it on the slide
      // and scrolls its results inside itself: the slide never shrinks or scrolls for a run.
      // A printed page cannot scroll: there the lab is shrunk whole with the slide.
      const printed = body.closest('.print-page') !== null;
      for (const lab of printed ? [] : content.querySelectorAll<HTMLElement>('[data-stage]')) {
        lab.style.maxHeight = '';
        const room = box.height - lab.offsetTop;
        if (room >= MIN_LAB_ROOM) lab.style.maxHeight = `${room}px`;
      }
      const result = fitContent(
        (width) => {
          content.style.width = `${width}px`;
          return content.offsetHeight;
        },
        box,
        { minScale },
      );
      content.style.width = `${result.width}px`;
      content.style.transform = result.scale === 1 ? '' : `scale(${result.scale})`;
      // Content shrunk without reflowing is narrower than the box: centre it.
      content.style.left = `${Math.max(0, (box.width - result.width * result.scale) / 2)}px`;
      sizer.style.height = `${Math.ceil(result.height * result.scale)}px`;
      body.dataset.overflow = String(result.overflow);
      body.dataset.scale = result.scale.toFixed(3);
      // A scrolling region must be reachable by keyboard.
      if (result.overflow) body.tabIndex = 0;
      else body.removeAttribute('tabindex');
      fitted = { width: result.width, height: result.height };
    };

    fit();
    const observer = new ResizeObserver(() => {
      // Our own width change comes back here too; only a real change of the content re-fits.
      if (content.offsetWidth === fitted.width && content.offsetHeight === fitted.height) return;
      fit();
    });
    observer.observe(content);
    observer.observe(body);
    return () => observer.disconnect();
  }, [active, minScale]);

  return { bodyRef, sizerRef, contentRef };
}
