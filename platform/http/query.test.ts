import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ApiError } from './errors';
import { intParam, parseQuery, rateParam, seedParam, switchParam } from './query';

const schema = z.strictObject({
  count: intParam(1, 100).default(10),
  rate: rateParam().optional(),
  live: switchParam().optional(),
  seed: seedParam().optional(),
});

const parse = (search: string) => parseQuery(new URL(`http://test/x?${search}`), schema);

/** The ApiError a bad query throws (or fails the test if none is thrown). */
function rejection(search: string): ApiError {
  try {
    parse(search);
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error(`?${search} was accepted`);
}

describe('parseQuery', () => {
  it('parses a valid query into typed values', () => {
    expect(parse('count=42&rate=0.25&live=on&seed=a-1_b')).toEqual({
      count: 42,
      rate: 0.25,
      live: true,
      seed: 'a-1_b',
    });
    expect(parse('live=off')).toEqual({ count: 10, live: false });
  });

  it('rejects prototype names like any other unknown parameter', () => {
    for (const name of ['__proto__', 'constructor', 'prototype', 'toString']) {
      expect(rejection(`${name}=1`).status).toBe(400);
    }
  });

  it('treats an empty value as absent, so the default applies', () => {
    expect(parse('count=&rate=')).toEqual({ count: 10 });
  });

  it('rejects a repeated parameter with one issue per name', () => {
    const error = rejection('count=1&count=2&rate=0&rate=1&live=on');
    expect(error.status).toBe(400);
    expect(error.issues).toEqual([
      { path: 'count', message: 'must appear at most once' },
      { path: 'rate', message: 'must appear at most once' },
    ]);
  });

  it('rejects an unknown parameter', () => {
    const error = rejection('count=1&cuont=2');
    expect(error.status).toBe(400);
    expect(error.issues).toHaveLength(1);
    expect(error.issues[0].message).toContain('cuont');
  });

  it.each(['1e3', '0x10', '5.0', '+5', ' 5', '5 ', 'NaN', 'Infinity', '1234567890'])(
    'rejects count=%j',
    (value) => {
      const error = rejection(`count=${encodeURIComponent(value)}`);
      expect(error.issues).toEqual([{ path: 'count', message: 'must be a whole number' }]);
    },
  );

  it('names the bound a number breaks', () => {
    expect(rejection('count=0').issues).toEqual([{ path: 'count', message: 'must be at least 1' }]);
    expect(rejection('count=-3').issues).toEqual([
      { path: 'count', message: 'must be at least 1' },
    ]);
    expect(rejection('count=101').issues).toEqual([
      { path: 'count', message: 'must be at most 100' },
    ]);
  });

  it.each(['0', '1', '0.5', '0.123456', '1.0', '1.000000'])('accepts rate=%s', (value) => {
    expect(parse(`rate=${value}`).rate).toBe(Number(value));
  });

  it.each(['.5', '1.1', '-0', '0.1234567', '2', '0,5', '1e-1'])('rejects rate=%s', (value) => {
    expect(rejection(`rate=${value}`).issues[0].path).toBe('rate');
  });

  it.each(['yes', 'true', '1', 'ON'])('rejects live=%s (only on/off)', (value) => {
    expect(rejection(`live=${value}`).issues[0].path).toBe('live');
  });

  it.each(['has space', 'a/b', 'x'.repeat(33), 'é'])('rejects seed=%j', (value) => {
    expect(rejection(`seed=${encodeURIComponent(value)}`).issues[0].path).toBe('seed');
  });
});
