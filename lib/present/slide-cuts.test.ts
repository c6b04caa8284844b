import { describe, expect, it } from 'vitest';
import { inRanges, parseRanges, slideRows } from './slide-cuts';

const lines = (rows: ReturnType<typeof slideRows>) =>
  rows.map((row) => (row.kind === 'line' ? row.index + 1 : '…'));

describe('slide listing rows', () => {
  it('reads ranges and single lines', () => {
    expect(parseRanges('7-22')).toEqual([[7, 22]]);
    expect(parseRanges('1-3, 9 - 9,12')).toEqual([
      [1, 3],
      [9, 9],
      [12, 12],
    ]);
  });

  it('refuses ranges it cannot read, empty ones and ones out of order', () => {
    expect(() => parseRanges('3–7')).toThrow(/cannot read/);
    expect(() => parseRanges('7-3')).toThrow(/empty/);
    expect(() => parseRanges('5-9, 2-3')).toThrow(/in order/);
    expect(() => parseRanges('1-4, 4-6')).toThrow(/in order/);
  });

  it('folds runs of blank lines and drops them at either end', () => {
    const blank = [true, false, true, true, false, true];
    expect(lines(slideRows(blank, null))).toEqual([2, 3, 5]);
  });

  it('keeps the named lines, with a mark where lines are left out between them', () => {
    const blank = [false, false, false, true, false, false, false];
    expect(lines(slideRows(blank, parseRanges('1-2, 5-6')))).toEqual([1, 2, '…', 5, 6]);
    // Nothing marks the lines before the first range or after the last.
    expect(lines(slideRows(blank, parseRanges('2, 6')))).toEqual([2, '…', 6]);
  });

  it('says which columns a table keeps', () => {
    const ranges = parseRanges('1-2, 4');
    expect([1, 2, 3, 4, 5].filter((n) => inRanges(n, ranges))).toEqual([1, 2, 4]);
  });

  it('throws when a range goes past the end of the listing', () => {
    expect(() => slideRows([false, false], parseRanges('1-3'))).toThrow(/has 2/);
  });
});
