// The URLs of a deck. One URL per slide: `/present/gil#5` (1-based); a slide's id (`#the-gil`)
// is accepted too, so a heading link of the reading page can be turned into a slide link.
// `?view=presenter` is the presenter view, `?print` the print layout.

/** What the deck knows about each slide. */
export interface DeckSlide {
  id: string;
  title: string;
  /** True when the slide starts with its own `##` heading (false after a manual cut). */
  headed: boolean;
}

/** The 0-based slide a URL hash points at, or null when it points at none. */
export function slideFromHash(
  hash: string,
  slides: readonly Pick<DeckSlide, 'id'>[],
): number | null {
  const value = decodeURIComponent(hash.replace(/^#/, ''));
  if (value === '') return null;
  if (/^\d+$/.test(value)) {
    const number = Number(value);
    if (number < 1) return 0;
    return Math.min(number, slides.length) - 1;
  }
  const index = slides.findIndex((slide) => slide.id === value);
  return index === -1 ? null : index;
}

/** The hash of a 0-based slide index: `#1` for the first slide. */
export function hashForSlide(index: number): string {
  return `#${index + 1}`;
}

/**
 * The reading page at the place of slide `index`: the heading the slide belongs to (a slide
 * cut out of a longer topic goes to that topic's heading); the first topic goes to the top.
 */
export function readingHref(slug: string, slides: readonly DeckSlide[], index: number): string {
  for (let i = Math.min(index, slides.length - 1); i > 0; i--) {
    if (slides[i].headed) return `/${slug}#${slides[i].id}`;
  }
  return `/${slug}`;
}

/** Which layout a deck URL asks for. */
export type DeckView = 'audience' | 'presenter' | 'print';

/** The layout named by a URL's query string (`location.search`). */
export function deckViewFromSearch(search: string): DeckView {
  const params = new URLSearchParams(search);
  if (params.has('print')) return 'print';
  return params.get('view') === 'presenter' ? 'presenter' : 'audience';
}

/** The URL of a section's deck in a layout, optionally at a slide. */
export function deckHref(slug: string, view: DeckView = 'audience', index?: number): string {
  const query = { audience: '', presenter: '?view=presenter', print: '?print' }[view];
  return `/present/${slug}${query}${index === undefined ? '' : hashForSlide(index)}`;
}
