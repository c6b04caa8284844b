import { describe, expect, it } from 'vitest';
import { isSlideZooms, stepZoom, withZoom } from './zoom';

describe('slide zoom', () => {
  it('steps up and down within the steps', () => {
    expect(stepZoom(1, 1)).toBe(1.1);
    expect(stepZoom(1, -1)).toBe(0.9);
    expect(stepZoom(1.6, 1)).toBe(1.6);
    expect(stepZoom(0.8, -1)).toBe(0.8);
    expect(stepZoom(1.05, 1)).toBe(1.25);
  });

  it('keeps only slides away from 1', () => {
    expect(withZoom({}, 3, 1.25)).toEqual({ '3': 1.25 });
    expect(withZoom({ '3': 1.25 }, 3, 1)).toEqual({});
  });

  it('accepts only maps this page writes', () => {
    expect(isSlideZooms({ '0': 1.1, '12': 0.8 })).toBe(true);
    expect(isSlideZooms({})).toBe(true);
    expect(isSlideZooms({ '0': 7 })).toBe(false);
    expect(isSlideZooms({ x: 1.1 })).toBe(false);
    expect(isSlideZooms({ '1': '1.1' })).toBe(false);
    expect(isSlideZooms([1.1])).toBe(false);
    expect(isSlideZooms(null)).toBe(false);
  });
});
