import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { RATE_LIMIT, clientKey, takeStart } from './rate-limit';

describe('rate limit on run starts', () => {
  it('allows a burst, then refuses with Retry-After, then refills over time', () => {
    const client = `test-${Math.random()}`;
    const t0 = 1_000_000;
    for (let i = 0; i < RATE_LIMIT.burst; i++) takeStart(client, t0);
    let refusal: ApiError | undefined;
    try {
      takeStart(client, t0);
    } catch (error) {
      refusal = error as ApiError;
    }
    expect(refusal?.status).toBe(429);
    expect(Number(refusal?.headers['Retry-After'])).toBeGreaterThan(0);
    // One more start after a refill interval.
    expect(() => takeStart(client, t0 + Math.ceil(60_000 / RATE_LIMIT.perMinute))).not.toThrow();
  });

  it('keeps clients apart by their cookie', () => {
    const a = new Request('http://t/', { headers: { cookie: 'x=1; lab_client=abcdefgh12' } });
    expect(clientKey(a)).toBe('client:abcdefgh12');
    expect(clientKey(new Request('http://t/'))).toBe('anonymous');
    // Without LAB_TRUST_PROXY a forwarded address is not believed.
    expect(clientKey(new Request('http://t/', { headers: { 'x-forwarded-for': '1.2.3.4' } }))).toBe('anonymous');
  });
});
