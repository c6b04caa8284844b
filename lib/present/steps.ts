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
