import { describe, expect, it } from 'vitest';
import { ApiError } from '@/platform/http/errors';
import { claimExclusive } from './exclusive';

describe('claimExclusive', () => {
  it('refuses a second claim of the same name with 429 and Retry-After until released', () => {
    const release = claimExclusive('test-slot', 7);
    let refusal: unknown;
    try {
      claimExclusive('test-slot', 7);
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 429, headers: { 'Retry-After': '7' } });
    // Other names are independent.
    claimExclusive('another-test-slot', 1)();
    release();
    // Releasing twice is harmless and does not free a later holder's claim.
    const again = claimExclusive('test-slot', 7);
    release();
    expect(() => claimExclusive('test-slot', 7)).toThrow(ApiError);
    again();
  });
});
