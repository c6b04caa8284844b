import { describe, expect, it } from 'vitest';
import {
  formatMicros,
  logDomain,
  logTicks,
  referenceMarks,
  scalePoint,
  scaleSeries,
  type ScaleResultView,
} from './chart-data';
import { SCALE_REFERENCE } from './reference';

const result = (change: Partial<ScaleResultView>): ScaleResultView => ({
  kind: 'threads',
  engine: 'cpython',
  count: 1000,
  create_ms: 50,
  bytes_per_unit: 16_384,
  kernel_stack_delta_bytes: 16_384_000,
  ...change,
});

describe('scale chart data', () => {
  it('turns a run into per-unit numbers', () => {
    expect(scalePoint(result({}))).toEqual({
      count: 1000,
      bytes_per_unit: 16_384,
      create_us: 50,
      kernel_bytes_per_unit: 16_384,
    });
    expect(scalePoint(result({ kernel_stack_delta_bytes: null })).kernel_bytes_per_unit).toBeNull();
  });

  it('groups runs into one series per engine × kind, sorted by N, repeats kept', () => {
    const series = scaleSeries([
      result({ count: 10_000 }),
      result({ kind: 'tasks', count: 100 }),
      result({ count: 100 }),
      result({ count: 100, create_ms: 7 }),
    ]);
    expect(Object.keys(series).sort()).toEqual(['cpython-tasks', 'cpython-threads']);
    expect(series['cpython-threads']!.map((p) => p.count)).toEqual([100, 100, 10_000]);
    expect(series['node-tasks']).toBeUndefined();
  });

  it('covers the values with whole decades, ignoring what a log axis cannot show', () => {
    expect(logDomain([120, 9_500, 0, -4])).toEqual([100, 10_000]);
    expect(logDomain([1000])).toEqual([1000, 10_000]);
    expect(logDomain([])).toEqual([1, 10]);
    expect(logTicks([0.1, 1000])).toEqual([0.1, 1, 10, 100, 1000]);
    // Bytes read best in powers of 16: 16 B, 256 B, 4 KiB, 64 KiB, 1 MiB, 16 MiB.
    expect(logDomain([48, 8.4 * 1024 * 1024], 16)).toEqual([16, 16 ** 6]);
    expect(logTicks([16, 16 ** 3], 16)).toEqual([16, 256, 4096]);
    expect(logDomain([4096], 16)).toEqual([4096, 65536]);
  });

  it('draws every reference figure that has the metric, numbered as in SCALE_REFERENCE', () => {
    const bytes = referenceMarks('bytes_per_unit');
    expect(bytes).toHaveLength(SCALE_REFERENCE.filter((f) => f.bytes_per_unit).length);
    const blandy = bytes.find((m) => m.figure.id === 'blandy-rust-thread')!;
    expect(blandy.marker).toBe(
      `R${SCALE_REFERENCE.findIndex((f) => f.id === 'blandy-rust-thread') + 1}`,
    );
    expect(blandy.low).toBe(9.5 * 1024);
    const create = referenceMarks('create_us');
    expect(create.map((m) => m.figure.id)).toContain('node-worker-here');
    expect(create.every((m) => m.low <= m.high)).toBe(true);
  });
});

describe('formatMicros', () => {
  it('picks µs, ms or s', () => {
    expect(formatMicros(0.3)).toBe('0.30 µs');
    expect(formatMicros(2.44)).toBe('2.4 µs');
    expect(formatMicros(17)).toBe('17 µs');
    expect(formatMicros(16_500)).toBe('17 ms');
    expect(formatMicros(1_500_000)).toBe('1.50 s');
    expect(formatMicros(Number.NaN)).toBe('—');
  });
});
