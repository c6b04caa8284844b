'use client';

import { useEffect } from 'react';

/**
 * Marks the table-of-contents links (both copies: the side panel and the folded one) of the
 * heading the reader is in with aria-current="true": the last heading above the top third of
 * the window. An IntersectionObserver says when a heading crosses that line; nothing runs on
 * every scroll event.
 */
export function TocTracker({ ids }: { ids: readonly string[] }) {
  useEffect(() => {
    const headings = ids
      .map((id) => document.getElementById(id))
      .filter((h): h is HTMLElement => h !== null);
    if (headings.length === 0) return;
    let current: string | null = null;

    function mark() {
      const line = window.innerHeight / 3;
      let found: HTMLElement | null = null;
      for (const heading of headings) {
        if (heading.getBoundingClientRect().top <= line) found = heading;
        else break;
      }
      const id = found?.id ?? null;
      if (id === current) return;
      current = id;
      for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-toc-link]')) {
        if (link.getAttribute('href') === `#${id}`) link.setAttribute('aria-current', 'true');
        else link.removeAttribute('aria-current');
      }
    }

    // The observed band is the window's top third: a heading entering or leaving it is a change.
    const observer = new IntersectionObserver(mark, { rootMargin: '0px 0px -66% 0px' });
    for (const heading of headings) observer.observe(heading);
    // Text above can grow after a jump to a heading (a lab wakes, a listing gets its colours)
    // while the browser keeps the heading in place: no heading crosses the line, so look again.
    const resized = new ResizeObserver(mark);
    resized.observe(headings[0].parentElement ?? document.body);
    window.addEventListener('hashchange', mark);
    mark();
    return () => {
      observer.disconnect();
      resized.disconnect();
      window.removeEventListener('hashchange', mark);
    };
  }, [ids]);
  return null;
}
