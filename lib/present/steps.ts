// Click-steps: the items of a `<Steps>` list that a slide reveals one key press at a time.

/** The items that count as steps, as a selector below a slide (the list's own items only). */
export const STEP_ITEMS = '[data-steps] > ul > li, [data-steps] > ol > li';

/**
 * How item `item` (0-based) of a list looks when `shown` steps are revealed: the audience sees
 * only the revealed ones (the rest keep their room, so the slide does not reflow); the
 * presenter sees all of them, the next one to reveal marked and the later ones faded.
 */
export type StepLook = 'shown' | 'hidden' | 'next' | 'later';

export function stepLook(item: number, shown: number, presenter: boolean): StepLook {
  if (item < shown) return 'shown';
  if (!presenter) return 'hidden';
  return item === shown ? 'next' : 'later';
}

/**
 * What the presenter's "Next" heading announces: the current slide's next click-step while it has
 * any left ("Next step (2 of 4)"), else the next slide ("Next: 6. Why CPython has one"), else the
 * end. `next` is the next slide's 1-based number and title, or null on the last slide.
 */
export function nextHeading(
  shown: number,
  steps: number,
  next: { number: number; title: string } | null,
): string {
  if (shown < steps) return `Next step (${shown + 1} of ${steps})`;
  return next ? `Next: ${next.number}. ${next.title}` : 'End of the deck';
}
