import { describe, expect, it } from 'vitest';
import { ioRunsReducer, MAX_RUNS, type IoRunRecord, type IoRunsAction } from './runs-state';
import type { IoRunResult } from './run';
import type { RequestTiming } from './types';

const timing = (task_id: number): RequestTiming => ({ task_id, start_ms: task_id, end_ms: task_id + 100, lane: 0, ok: true, status: 200, error: null, delay_ms: 100 });
const apply = (actions: IoRunsAction[]) => actions.reduce<IoRunRecord[]>(ioRunsReducer, []);

describe('ioRunsReducer', () => {
  it('builds a run from its events, in the order they came', () => {
    const runs = apply([
      { type: 'started', id: 'a', strategy: 'async', settings: { count: '2' } },
      { type: 'requests', id: 'a', requests: [timing(1)] },
      { type: 'requests', id: 'a', requests: [timing(0)] },
    ]);
    expect(runs).toHaveLength(1);
    expect(runs[0].status).toBe('running');
    expect(runs[0].requests.map((r) => r.task_id)).toEqual([1, 0]);
  });

  it('takes the final result as the authoritative list of requests', () => {
    const result = { requests: [timing(0), timing(1)], elapsed_ms: 101 } as unknown as IoRunResult;
    const runs = apply([
      { type: 'started', id: 'a', strategy: 'async', settings: {} },
      { type: 'requests', id: 'a', requests: [timing(0)] },
      { type: 'finished', id: 'a', result },
    ]);
    expect(runs[0]).toMatchObject({ status: 'done', result });
    expect(runs[0].requests).toHaveLength(2);
  });

  it('ignores a duplicate start (a window can hear its own run announced twice)', () => {
    const start: IoRunsAction = { type: 'started', id: 'a', strategy: 'threads', settings: {} };
    expect(apply([start, start])).toHaveLength(1);
  });

  it('keeps running runs when the history is cleared, and caps the history', () => {
    const actions: IoRunsAction[] = Array.from({ length: MAX_RUNS + 5 }, (_, i) => ({ type: 'started', id: String(i), strategy: 'sequential', settings: {} }));
    const many = apply(actions);
    expect(many).toHaveLength(MAX_RUNS);
    expect(many[0].id).toBe('5');
    const done = apply([...actions.slice(0, 2), { type: 'cancelled', id: '0' }, { type: 'cleared' }]);
    expect(done.map((r) => r.id)).toEqual(['1']);
  });
});
