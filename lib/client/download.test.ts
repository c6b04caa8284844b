import { describe, expect, it } from 'vitest';
import { toCsv } from './download';

describe('toCsv', () => {
  it('writes a header and quotes what needs quoting', () => {
    expect(
      toCsv([
        { a: 1, b: 'x,y' },
        { a: null, b: 'say "hi"' },
      ]),
    ).toBe('a,b\n1,"x,y"\n,"say ""hi"""\n');
  });
  it('is empty for no rows', () => {
    expect(toCsv([])).toBe('');
  });
});
