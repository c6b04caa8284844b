import { describe, expect, it } from 'vitest';
import { nextHeading, stepLook } from './steps';

describe('stepLook', () => {
  it('shows the audience the revealed items only', () => {
    expect([0, 1, 2].map((item) => stepLook(item, 1, false))).toEqual([
      'shown',
      'hidden',
      'hidden',
    ]);
    expect([0, 1, 2].map((item) => stepLook(item, 3, false))).toEqual(['shown', 'shown', 'shown']);
  });

  it('shows the presenter every item, the next one marked', () => {
    expect([0, 1, 2].map((item) => stepLook(item, 1, true))).toEqual(['shown', 'next', 'later']);
    expect([0, 1].map((item) => stepLook(item, 0, true))).toEqual(['next', 'later']);
  });
});

describe('nextHeading', () => {
  const next = { number: 6, title: 'Why CPython has one' };
  it('announces the next click-step while the slide has one left', () => {
    expect(nextHeading(0, 4, next)).toBe('Next step (1 of 4)');
    expect(nextHeading(1, 4, next)).toBe('Next step (2 of 4)');
    expect(nextHeading(1, 4, null)).toBe('Next step (2 of 4)');
  });

  it('announces the next slide once every step is shown, or the end', () => {
    expect(nextHeading(4, 4, next)).toBe('Next: 6. Why CPython has one');
    expect(nextHeading(0, 0, next)).toBe('Next: 6. Why CPython has one');
    expect(nextHeading(0, 0, null)).toBe('End of the deck');
  });
});
