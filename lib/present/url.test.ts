import { describe, expect, it } from 'vitest';
import {
  deckHref,
  deckViewFromSearch,
  hashForSlide,
  readingHref,
  slideFromHash,
  type DeckSlide,
} from './url';

const slides: DeckSlide[] = [
  { id: 'top', title: 'Introduction', headed: false },
  { id: 'what-a-gil-is', title: 'What a GIL is', headed: true },
  { id: 'what-a-gil-is-2', title: 'What a GIL is', headed: false },
  { id: 'what-a-gil-is-2-3', title: 'What a GIL is', headed: false },
  { id: 'why', title: 'Why', headed: true },
];

describe('slideFromHash', () => {
  it('reads 1-based slide numbers', () => {
    expect(slideFromHash('#1', slides)).toBe(0);
    expect(slideFromHash('#5', slides)).toBe(4);
    expect(slideFromHash('3', slides)).toBe(2);
  });

  it('clamps numbers outside the deck', () => {
    expect(slideFromHash('#0', slides)).toBe(0);
    expect(slideFromHash('#99', slides)).toBe(4);
  });

  it('accepts a slide id', () => {
    expect(slideFromHash('#why', slides)).toBe(4);
    expect(slideFromHash('#what-a-gil-is-2', slides)).toBe(2);
  });

  it('returns null for an empty or unknown hash', () => {
    expect(slideFromHash('', slides)).toBeNull();
    expect(slideFromHash('#', slides)).toBeNull();
    expect(slideFromHash('#nope', slides)).toBeNull();
    expect(slideFromHash('#-2', slides)).toBeNull();
    expect(slideFromHash('#2.5', slides)).toBeNull();
  });

  it('round-trips with hashForSlide', () => {
    for (let i = 0; i < slides.length; i++) expect(slideFromHash(hashForSlide(i), slides)).toBe(i);
  });
});

describe('readingHref', () => {
  it('sends the first slide to the top of the page', () => {
    expect(readingHref('gil', slides, 0)).toBe('/gil');
  });

  it('sends a headed slide to its heading', () => {
    expect(readingHref('gil', slides, 1)).toBe('/gil#what-a-gil-is');
    expect(readingHref('gil', slides, 4)).toBe('/gil#why');
  });

  it('sends a cut-out continuation to the heading it continues', () => {
    expect(readingHref('gil', slides, 2)).toBe('/gil#what-a-gil-is');
    expect(readingHref('gil', slides, 3)).toBe('/gil#what-a-gil-is');
  });

  it('treats continuations of the introduction as the top', () => {
    expect(
      readingHref('gil', [slides[0], { id: 'top-1', title: 'Introduction', headed: false }], 1),
    ).toBe('/gil');
  });
});

describe('deck views', () => {
  it('reads the layout from the query string', () => {
    expect(deckViewFromSearch('')).toBe('audience');
    expect(deckViewFromSearch('?view=presenter')).toBe('presenter');
    expect(deckViewFromSearch('?count=5&view=presenter')).toBe('presenter');
    expect(deckViewFromSearch('?print')).toBe('print');
    expect(deckViewFromSearch('?view=other')).toBe('audience');
  });

  it('builds URLs that read back the same', () => {
    expect(deckHref('gil')).toBe('/present/gil');
    expect(deckHref('gil', 'presenter', 4)).toBe('/present/gil?view=presenter#5');
    const url = new URL(deckHref('gil', 'print'), 'http://x');
    expect(deckViewFromSearch(url.search)).toBe('print');
  });
});
