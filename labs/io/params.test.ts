import { describe, expect, it } from 'vitest';
import { IO_LIMITS, ioQuery } from './params';

const parse = (query: Record<string, string>) => ioQuery.safeParse(query);

describe('ioQuery', () => {
  it('fills in the documented defaults', () => {
    expect(ioQuery.parse({ strategy: 'threads' })).toEqual({
      strategy: 'threads',
      engine: 'node',
      count: 10,
      delay_ms: 100,
      jitter_ms: 0,
      workers: 5,
      fail_rate: 0,
    });
  });

  it('accepts every bound and rejects one past it', () => {
    const bounds: [string, number, number][] = [
      ['count', 1, IO_LIMITS.maxCount],
      ['delay_ms', 0, IO_LIMITS.maxDelayMs],
      ['jitter_ms', 0, IO_LIMITS.maxJitterMs],
      ['workers', 1, IO_LIMITS.maxWorkers],
      ['limit', 1, IO_LIMITS.maxCount],
    ];
    for (const [name, min, max] of bounds) {
      // async with one request keeps the run-time cap out of the way.
      const at = (value: number) =>
        parse({ strategy: 'async', count: '1', [name]: String(value) }).success;
      expect([name, at(min), at(max)]).toEqual([name, true, true]);
      expect([name, at(min - 1), at(max + 1)]).toEqual([name, false, false]);
    }
  });

  it('caps the worst-case run time at maxRunMs, counting the lanes of the strategy', () => {
    // 12 × (10 s) in a row is exactly the cap; 13 is over it, unless lanes share the work.
    expect(parse({ strategy: 'sequential', count: '12', delay_ms: '10000' }).success).toBe(true);
    const over = parse({ strategy: 'sequential', count: '13', delay_ms: '10000' });
    expect(over.success).toBe(false);
    expect(over.error?.issues[0]).toMatchObject({
      path: ['count'],
      message: expect.stringContaining('130 s'),
    });
    expect(
      parse({ strategy: 'threads', count: '13', delay_ms: '10000', workers: '2' }).success,
    ).toBe(true);
    expect(parse({ strategy: 'async', count: '1000', delay_ms: '10000' }).success).toBe(true);
    expect(
      parse({ strategy: 'async', count: '1000', delay_ms: '10000', limit: '10' }).success,
    ).toBe(false);
    // Jitter counts at its worst.
    expect(
      parse({ strategy: 'sequential', count: '12', delay_ms: '10000', jitter_ms: '1' }).success,
    ).toBe(false);
  });
});
