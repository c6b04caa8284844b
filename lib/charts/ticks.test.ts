import { describe, expect, it } from 'vitest';
import { niceTicks } from './ticks';

describe('niceTicks', () => {
  it('covers the domain with round steps', () => {
    expect(niceTicks(1000)).toEqual([0, 200, 400, 600, 800, 1000]);
    expect(niceTicks(1050)).toEqual([0, 500, 1000]);
    expect(niceTicks(7, 5)).toEqual([0, 2, 4, 6]);
  });
  it('handles an empty domain', () => {
    expect(niceTicks(0)).toEqual([0]);
    expect(niceTicks(Number.NaN)).toEqual([0]);
  });
});
