import { describe, expect, it } from 'vitest';
import { Cap, sharedCap } from './cap';
import { ApiError } from './errors';

describe('Cap', () => {
  it('lets `max` requests in at once and refuses the next with 429 and Retry-After', async () => {
    const cap = new Cap(2, 'busy', 3);
    let open!: () => void;
    const gate = new Promise<void>((resolve) => (open = resolve));
    const running = [cap.run(() => gate), cap.run(() => gate)];
    expect(cap.inUse).toBe(2);
    const refusal = await cap.run(async () => 'no').catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ApiError);
    expect(refusal).toMatchObject({ status: 429, headers: { 'Retry-After': '3' } });
    open();
    await Promise.all(running);
    expect(cap.inUse).toBe(0);
    expect(await cap.run(async () => 'yes')).toBe('yes');
  });

  it('frees its place when the work fails', async () => {
    const cap = new Cap(1, 'busy');
    await expect(cap.run(() => Promise.reject(new Error('x')))).rejects.toThrow('x');
    expect(cap.inUse).toBe(0);
  });

  it('is one per name in a server process', () => {
    expect(sharedCap('t', () => new Cap(1, 'a'))).toBe(sharedCap('t', () => new Cap(5, 'b')));
  });
});
