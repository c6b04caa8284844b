import { describe, expect, it } from 'vitest';
import { SCALE_MAX_COUNT, scaleQuery } from './params';
import { SCALE_DEFAULT_SETTINGS, SCALE_PRESETS, scaleQueryString } from './settings';
import { SCALE_ENGINES, SCALE_KINDS } from './contract';

describe('scale settings', () => {
  it('every preset is a query the server accepts, within its cap', () => {
    for (const kind of SCALE_KINDS)
      for (const engine of SCALE_ENGINES)
        for (const count of SCALE_PRESETS[kind][engine]) {
          expect(count).toBeLessThanOrEqual(SCALE_MAX_COUNT[kind][engine]);
          const query = Object.fromEntries(
            new URLSearchParams(scaleQueryString(String(count), { kind, engine, count: '' })),
          );
          expect(scaleQuery.safeParse(query).success, JSON.stringify(query)).toBe(true);
        }
  });

  it('the default settings are valid, and a count over the cap is the server’s to refuse', () => {
    expect(
      scaleQuery.safeParse(
        Object.fromEntries(
          new URLSearchParams(
            scaleQueryString(SCALE_DEFAULT_SETTINGS.count, SCALE_DEFAULT_SETTINGS),
          ),
        ),
      ).success,
    ).toBe(true);
    const tooMany = scaleQueryString(' 65 ', { kind: 'threads', engine: 'node', count: '1' });
    expect(new URLSearchParams(tooMany).get('count')).toBe('65');
    expect(scaleQuery.safeParse(Object.fromEntries(new URLSearchParams(tooMany))).success).toBe(
      false,
    );
  });
});
