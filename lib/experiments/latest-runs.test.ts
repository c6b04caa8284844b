import { describe, expect, it } from 'vitest';
import { latestComparable } from './latest-runs';

type Run = {
  id: number;
  variant: 'a' | 'b';
  status: 'running' | 'done' | 'error' | 'cancelled';
  setup: string;
};
const run = (
  id: number,
  variant: 'a' | 'b',
  setup: string,
  status: Run['status'] = 'done',
): Run => ({ id, variant, status, setup });
const pick = (runs: Run[]) => {
  const { setup, latest } = latestComparable(runs, ['a', 'b'] as const, (r) => r.setup);
  return { setup, a: latest.a?.id, b: latest.b?.id };
};

describe('latestComparable', () => {
  it('takes the latest run of each variant', () => {
    expect(pick([run(1, 'a', 'x'), run(2, 'b', 'x'), run(3, 'a', 'x')])).toEqual({
      setup: 'x',
      a: 3,
      b: 2,
    });
  });

  it('drops runs of another setup than the newest', () => {
    expect(pick([run(1, 'a', 'x'), run(2, 'b', 'x'), run(3, 'a', 'y', 'running')])).toEqual({
      setup: 'y',
      a: 3,
      b: undefined,
    });
  });

  it('lets a failed run neither define the setup nor show', () => {
    expect(pick([run(1, 'a', 'x'), run(2, 'b', 'y', 'error')])).toEqual({
      setup: 'x',
      a: 1,
      b: undefined,
    });
    expect(pick([])).toEqual({ setup: null, a: undefined, b: undefined });
  });
});
