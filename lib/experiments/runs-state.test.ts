import { describe, expect, it } from 'vitest';
import { MAX_RUNS, runsReducer, type RunRecord, type RunsAction } from './runs-state';

type Run = RunRecord<'a' | 'b', { n: string }, number, { total: number; all: number[] }>;
type Action = RunsAction<'a' | 'b', { n: string }, number, { total: number; all: number[] }>;
const apply = (actions: Action[], from: Run[] = []) => actions.reduce<Run[]>(runsReducer, from);

describe('runsReducer', () => {
  it('builds a run from its streamed events, in the order they came', () => {
    const runs = apply([
      { type: 'started', id: 'x', variant: 'a', settings: { n: '2' } },
      { type: 'events', id: 'x', events: [2] },
      { type: 'events', id: 'x', events: [1, 3] },
    ]);
    expect(runs).toEqual([
      {
        id: 'x',
        variant: 'a',
        settings: { n: '2' },
        status: 'running',
        queued: null,
        events: [2, 1, 3],
        result: null,
        error: null,
        recording: null,
      },
    ]);
  });

  it('keeps the streamed events on finish unless the result brings the authoritative list', () => {
    const start: Action[] = [
      { type: 'started', id: 'x', variant: 'a', settings: { n: '1' } },
      { type: 'events', id: 'x', events: [5] },
    ];
    const kept = apply([
      ...start,
      { type: 'finished', id: 'x', result: { total: 5, all: [5, 6] } },
    ]);
    expect(kept[0]).toMatchObject({ status: 'done', events: [5], result: { total: 5 } });
    const replaced = apply([
      ...start,
      { type: 'finished', id: 'x', result: { total: 11, all: [5, 6] }, events: [5, 6] },
    ]);
    expect(replaced[0].events).toEqual([5, 6]);
  });

  it('shows the queue place until the first event, and forgets it when the run ends', () => {
    const queued = apply([
      { type: 'started', id: 'x', variant: 'b', settings: { n: '1' } },
      { type: 'queued', id: 'x', place: { position: 2, queue_length: 3 } },
    ]);
    expect(queued[0].queued).toEqual({ position: 2, queue_length: 3 });
    expect(apply([{ type: 'events', id: 'x', events: [1] }], queued)[0].queued).toBeNull();
    expect(apply([{ type: 'cancelled', id: 'x' }], queued)[0]).toMatchObject({
      status: 'cancelled',
      queued: null,
    });
  });

  it('records failures as data and leaves other runs alone', () => {
    const error = { message: 'busy', status: 429, issues: [], retryAfterS: 3 };
    const runs = apply([
      { type: 'started', id: 'x', variant: 'a', settings: { n: '1' } },
      { type: 'started', id: 'y', variant: 'b', settings: { n: '1' } },
      { type: 'failed', id: 'y', error },
    ]);
    expect(runs.map((r) => [r.id, r.status, r.error])).toEqual([
      ['x', 'running', null],
      ['y', 'error', error],
    ]);
  });

  it('ignores a duplicate start (a window can hear its own run announced twice)', () => {
    const start: Action = { type: 'started', id: 'x', variant: 'a', settings: { n: '1' } };
    expect(apply([start, start])).toHaveLength(1);
  });

  it('replaces recorded runs by id, keeps running runs on clear, and caps the history', () => {
    const recorded: Run = {
      id: 'r',
      variant: 'a',
      settings: { n: '1' },
      status: 'done',
      queued: null,
      events: [],
      result: { total: 1, all: [] },
      error: null,
      recording: { recorded_at: '2026-01-01', machine: 'm' },
    };
    expect(
      apply([
        { type: 'recorded', runs: [recorded] },
        { type: 'recorded', runs: [recorded] },
      ]),
    ).toHaveLength(1);
    const many: Action[] = Array.from({ length: MAX_RUNS + 5 }, (_, i) => ({
      type: 'started',
      id: String(i),
      variant: 'a',
      settings: { n: '1' },
    }));
    const capped = apply(many);
    expect(capped).toHaveLength(MAX_RUNS);
    expect(capped[0].id).toBe('5');
    expect(
      apply([...many.slice(0, 2), { type: 'cancelled', id: '0' }, { type: 'cleared' }]).map(
        (r) => r.id,
      ),
    ).toEqual(['1']);
  });
});
