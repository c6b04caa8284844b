import { describe, expect, it } from 'vitest';
import { focusedSetup, latestComparable, nextFocus, setupKey } from './latest-runs';

type Run = {
  id: string;
  variant: 'a' | 'b';
  status: 'running' | 'done' | 'error' | 'cancelled';
  setup: string;
};
const run = (
  id: string,
  variant: 'a' | 'b',
  setup: string,
  status: Run['status'] = 'done',
): Run => ({
  id,
  variant,
  status,
  setup,
});
const setupOf = (r: Run) => r.setup;
const pick = (runs: Run[], setup: string) => {
  const latest = latestComparable(runs, ['a', 'b'] as const, setupOf, setup);
  return { a: latest.a?.id, b: latest.b?.id };
};

describe('latestComparable', () => {
  it('takes the latest run of each variant of the setup', () => {
    expect(pick([run('1', 'a', 'x'), run('2', 'b', 'x'), run('3', 'a', 'x')], 'x')).toEqual({
      a: '3',
      b: '2',
    });
  });

  it('draws nothing of another setup: a variant not run with it yet stays empty', () => {
    const runs = [run('1', 'a', 'x'), run('2', 'b', 'x'), run('3', 'a', 'y', 'running')];
    expect(pick(runs, 'y')).toEqual({ a: '3', b: undefined });
    expect(pick(runs, 'z')).toEqual({ a: undefined, b: undefined });
  });

  it('never draws a failed run', () => {
    expect(pick([run('1', 'a', 'x'), run('2', 'a', 'x', 'error')], 'x')).toEqual({
      a: '1',
      b: undefined,
    });
  });
});

describe('nextFocus and focusedSetup', () => {
  const newest = run('9', 'a', 'recorded');

  it('follows the settings from the first render', () => {
    const focus = nextFocus(null, 'x', null);
    expect(focus).toEqual({ settings: 'x', newestId: null, followSettings: true });
    expect(focusedSetup(focus, undefined, setupOf)).toBe('x');
  });

  it('returns the same focus when nothing changed (so a hook stores it without looping)', () => {
    const focus = nextFocus(null, 'x', '1');
    expect(nextFocus(focus, 'x', '1')).toBe(focus);
  });

  it('shows a newer run’s own setup: a recording, another window’s run, print mode’s runs', () => {
    const focus = nextFocus(nextFocus(null, 'x', null), 'x', newest.id);
    expect(focus.followSettings).toBe(false);
    expect(focusedSetup(focus, newest, setupOf)).toBe('recorded');
  });

  it('shows the settings again once the reader changes them after that run', () => {
    const shown = nextFocus(nextFocus(null, 'x', null), 'x', newest.id);
    const changed = nextFocus(shown, 'y', newest.id);
    expect(changed.followSettings).toBe(true);
    expect(focusedSetup(changed, newest, setupOf)).toBe('y');
  });
});

describe('setupKey', () => {
  const defaults = { count: 10, delay_ms: '100', seed: '' };

  it('reads a blank setting as its default and a number as its value', () => {
    expect(setupKey({ count: '', delay_ms: ' 0100 ', seed: '' }, defaults)).toBe('10/100/');
    expect(setupKey({ count: '10' }, defaults)).toBe(setupKey({}, defaults));
  });

  it('tells different settings apart, text included', () => {
    expect(setupKey({ count: '30' }, defaults)).not.toBe(setupKey({ count: '10' }, defaults));
    expect(setupKey({ seed: 'abc' }, defaults)).toBe('10/100/abc');
  });
});
