'use client';

import { useEffect } from 'react';

/** How far from the window a listing gets its colours: about a phone screen, so it is ready on arrival. */
const NEAR = '900px 0px';

/**
 * Colours the page's plain listings (components/mdx/page-source-file.tsx) as the reader comes
 * near them: each fetches its highlighted <pre> once, which replaces the plain one line for line.
 * React set that HTML once from the server and never rewrites it, so the swap stays; if the fetch
 * fails the plain code stays, which is the same code.
 */
export function ListingColours() {
  useEffect(() => {
    const observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) {
          if (!entry.isIntersecting || !(entry.target instanceof HTMLElement)) continue;
          observer.unobserve(entry.target);
          void colour(entry.target);
        }
      },
      { rootMargin: NEAR },
    );
    for (const listing of document.querySelectorAll('[data-listing]')) observer.observe(listing);
    return () => observer.disconnect();
  }, []);
  return null;
}

async function colour(listing: HTMLElement) {
  try {
    const response = await fetch(
      `/api/listings/${encodeURIComponent(listing.dataset.listing ?? '')}`,
    );
    const html = response.ok ? await response.text() : '';
    if (!html.startsWith('<pre')) return;
    listing.innerHTML = html;
    listing.dataset.listingState = 'coloured';
  } catch {
    // Offline or the server is gone: the plain listing stays.
  }
}
