import { describe, expect, it } from 'vitest';
import { stepLook } from './steps';

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
