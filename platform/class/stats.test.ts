import { describe, expect, it } from 'vitest';
import { closest, median, relativeError, stackDots } from './stats';

describe('class guess statistics', () => {
  it('takes the median of odd and even counts, and none of nothing', () => {
    expect(median([300, 100, 200])).toBe(200);
    expect(median([100, 400, 200, 300])).toBe(250);
    expect(median([])).toBeNull();
  });

  it('ranks guesses by their error relative to the measurement', () => {
    expect(relativeError(110, 100)).toBeCloseTo(0.1);
    const ranked = closest(
      [
        { who: 'a', ms: 500 },
        { who: 'b', ms: 95 },
        { who: 'c', ms: 120 },
      ],
      100,
      2,
    );
    expect(ranked.map((g) => g.who)).toEqual(['b', 'c']);
  });

  it('stacks equal guesses on top of each other and keeps out-of-range ones on the plot', () => {
    expect(stackDots([10, 10, 90, 500], 100, 10)).toEqual([
      { x: 0.15, level: 0 },
      { x: 0.15, level: 1 },
      { x: 0.95, level: 0 },
      { x: 0.95, level: 1 },
    ]);
  });
});
