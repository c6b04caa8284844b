import { describe, expect, it } from 'vitest';
import { formatCount, formatSignedCount } from './format';

describe('count formatting', () => {
  it('separates thousands, and signs a change with a real minus', () => {
    expect(formatCount(1_234_567)).toBe('1,234,567');
    expect(formatSignedCount(1234)).toBe('+1,234');
    expect(formatSignedCount(-56)).toBe('−56');
    expect(formatSignedCount(0)).toBe('0');
  });
});
