import { describe, expect, it } from 'vitest';
import { swipeAction } from './swipe';

describe('swipeAction', () => {
  it('turns a quick stroke to the left into next, to the right into prev', () => {
    expect(swipeAction(-120, 10, 200)).toBe('next');
    expect(swipeAction(140, -20, 300)).toBe('prev');
  });

  it('ignores taps, slow drags and vertical strokes', () => {
    expect(swipeAction(-20, 0, 100)).toBeNull();
    expect(swipeAction(-200, 0, 2000)).toBeNull();
    expect(swipeAction(-80, 100, 200)).toBeNull();
  });
});
