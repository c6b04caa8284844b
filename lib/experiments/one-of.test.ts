import { describe, expect, it } from 'vitest';
import { oneOf } from './one-of';

describe('oneOf', () => {
  const isEngine = oneOf(['node', 'cpython'] as const);

  it('accepts exactly the listed names', () => {
    expect(isEngine('node')).toBe(true);
    expect(isEngine('cpython')).toBe(true);
  });

  it('refuses anything else a URL or form may hold: other names, other case, blanks', () => {
    expect(isEngine('pypy')).toBe(false);
    expect(isEngine('Node')).toBe(false);
    expect(isEngine('')).toBe(false);
  });
});
