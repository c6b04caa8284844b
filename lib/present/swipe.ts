// A touch swipe on a tablet: a quick, mostly horizontal stroke. Left goes forward, as a page turns.

const MIN_DISTANCE_PX = 50;
const MAX_DURATION_MS = 800;
/** How much more horizontal than vertical a stroke must be, so scrolling is not a swipe. */
const DOMINANCE = 1.5;

/** 'next' for a swipe to the left, 'prev' to the right, null for anything else. */
export function swipeAction(dx: number, dy: number, durationMs: number): 'next' | 'prev' | null {
  if (durationMs > MAX_DURATION_MS) return null;
  if (Math.abs(dx) < MIN_DISTANCE_PX || Math.abs(dx) < Math.abs(dy) * DOMINANCE) return null;
  return dx < 0 ? 'next' : 'prev';
}
