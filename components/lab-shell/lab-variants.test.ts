import { describe, expect, it } from 'vitest';
import { labFrame, labVariants, lastRun, variantCodeTabs } from './lab-variants';

const meta = {
  fast: { label: 'Fast', color: 'red' },
  slow: { label: 'Slow', color: 'blue' },
};
const demo = labVariants('demo', ['slow', 'fast'] as const, meta, {
  allLabel: 'Run both',
  stopped: 'the run',
});

const run = (
  status: 'running' | 'done' | 'error',
  result: { elapsed_ms: number } | null = null,
) => ({
  status,
  result,
  error: status === 'error' ? { message: 'bad', status: 400, issues: [], retryAfterS: null } : null,
});

describe('labVariants', () => {
  it('lists the choices in the lab’s order, with their names and colours', () => {
    expect(demo.choices).toEqual([
      { id: 'slow', label: 'Slow', color: 'blue' },
      { id: 'fast', label: 'Fast', color: 'red' },
    ]);
    expect(variantCodeTabs(demo, { fast: 'f()', slow: 's()' })).toEqual([
      { id: 'slow', label: 'Slow', code: 's()' },
      { id: 'fast', label: 'Fast', code: 'f()' },
    ]);
  });

  it('marks the lab as ran once any run has a result', () => {
    expect(labFrame(demo, [run('running')])).toEqual({ lab: 'demo', ran: false });
    expect(labFrame(demo, [run('done', { elapsed_ms: 5 }), run('running')]).ran).toBe(true);
  });
});

describe('lastRun', () => {
  it('names the latest run, its failure, and it while it runs', () => {
    const failed = lastRun([run('done', { elapsed_ms: 1 }), run('error')], false);
    expect(failed.failure?.message).toBe('bad');
    expect(failed.running).toBeUndefined();
    const going = lastRun([run('error'), run('running')], true);
    expect(going.failure).toBeNull();
    expect(going.running).toBe(going.current);
    // A run still marked running after the lab stopped being busy is not shown as running.
    expect(lastRun([run('running')], false).running).toBeUndefined();
    expect(lastRun([], false).current).toBeUndefined();
  });
});
