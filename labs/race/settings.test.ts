import { describe, expect, it } from 'vitest';
import { raceQuery } from './params';
import {
  RACE_DEFAULT_SETTINGS,
  lockVariant,
  raceQueryString,
  yieldBetweenApplies,
} from './settings';
import { RACE_ENGINES, RACE_STRATEGIES } from './contract';

const parse = (query: string) =>
  raceQuery.safeParse(Object.fromEntries(new URLSearchParams(query)));

describe('race settings', () => {
  it('the browser defaults differ from the server’s only in size', () => {
    const server = raceQuery.parse({ strategy: RACE_DEFAULT_SETTINGS.strategy });
    const browser = parse(
      raceQueryString(lockVariant(RACE_DEFAULT_SETTINGS), RACE_DEFAULT_SETTINGS),
    ).data!;
    expect({ ...browser, workers: 0, transfers: 0 }).toEqual({
      ...server,
      workers: 0,
      transfers: 0,
    });
    expect(browser.workers).toBeGreaterThan(server.workers);
    expect(browser.transfers).toBeGreaterThan(server.transfers);
  });

  it('every engine × strategy × lock × yield the UI can send is accepted by the server', () => {
    for (const engine of RACE_ENGINES)
      for (const strategy of RACE_STRATEGIES)
        for (const variant of ['lock', 'no-lock'] as const)
          for (const yield_between of ['on', 'off']) {
            const query = raceQueryString(variant, {
              ...RACE_DEFAULT_SETTINGS,
              engine,
              strategy,
              yield_between,
            });
            expect(parse(query).success, query).toBe(true);
          }
  });

  it('switches yield_between off exactly where the server refuses it (Node threads)', () => {
    expect(
      raceQuery.safeParse({ strategy: 'threads', engine: 'node', yield_between: 'on' }).success,
    ).toBe(false);
    expect(yieldBetweenApplies('node', 'threads')).toBe(false);
    expect(yieldBetweenApplies('node', 'async')).toBe(true);
    expect(yieldBetweenApplies('cpython', 'threads')).toBe(true);
    const settings = { ...RACE_DEFAULT_SETTINGS, yield_between: 'on' };
    expect(new URLSearchParams(raceQueryString('no-lock', settings)).get('yield_between')).toBe(
      'off',
    );
    expect(
      new URLSearchParams(raceQueryString('no-lock', { ...settings, strategy: 'async' })).get(
        'yield_between',
      ),
    ).toBe('on');
  });

  it('takes the lock from the variant, so one settings object can run both', () => {
    const on = { ...RACE_DEFAULT_SETTINGS, lock: 'on' };
    expect(lockVariant(on)).toBe('lock');
    expect(new URLSearchParams(raceQueryString('no-lock', on)).get('lock')).toBe('off');
    expect(new URLSearchParams(raceQueryString('lock', RACE_DEFAULT_SETTINGS)).get('lock')).toBe(
      'on',
    );
  });

  it('sends the numbers as typed, trimmed, for the server to judge', () => {
    const query = raceQueryString('no-lock', {
      ...RACE_DEFAULT_SETTINGS,
      workers: ' 99 ',
      transfers: '1e3',
    });
    expect(new URLSearchParams(query).get('workers')).toBe('99');
    expect(new URLSearchParams(query).get('transfers')).toBe('1e3');
    expect(parse(query).success).toBe(false);
  });
});
