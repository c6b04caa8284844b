import { describe, expect, it } from 'vitest';
import { recordedResultRuns, recordedRuns, type RecordingFile } from './recorded-runs';
import { runsReducer } from './runs-state';

const file: RecordingFile<'a' | 'b', { n: string }, number, { total: number }> = {
  recorded_at: '2026-11-25',
  machine: '2-core Linux server',
  runs: [
    { variant: 'a', settings: { n: '1' }, events: [1], result: { total: 1 } },
    { variant: 'b', settings: { n: '2' }, events: [2, 3], result: { total: 5 } },
  ],
};

describe('recordedRuns', () => {
  it('turns each recorded run into a finished record labelled with when and where it was measured', () => {
    const runs = recordedRuns('lab', file);
    expect(runs.map((r) => [r.id, r.variant, r.status, r.result?.total])).toEqual([
      ['recording-lab-0', 'a', 'done', 1],
      ['recording-lab-1', 'b', 'done', 5],
    ]);
    expect(runs[1]).toMatchObject({
      events: [2, 3],
      settings: { n: '2' },
      error: null,
      queued: null,
      recording: { recorded_at: '2026-11-25', machine: '2-core Linux server' },
    });
  });

  it('shows once however often it is asked for (ids are stable)', () => {
    const once = runsReducer([], { type: 'recorded', runs: recordedRuns('lab', file) });
    expect(runsReducer(once, { type: 'recorded', runs: recordedRuns('lab', file) })).toHaveLength(
      2,
    );
  });
});

describe('recordedResultRuns', () => {
  it("rebuilds each run's events from its result", () => {
    const results = {
      recorded_at: '2026-11-25',
      machine: '2-core Linux server',
      runs: [{ variant: 'a', settings: { n: '3' }, result: { parts: [4, 5] } }],
    };
    const runs = recordedResultRuns<'a', { n: string }, number, { parts: number[] }>(
      'lab',
      results,
      (r) => r.parts,
    );
    expect(runs).toEqual([
      expect.objectContaining({
        id: 'recording-lab-0',
        variant: 'a',
        settings: { n: '3' },
        events: [4, 5],
        result: { parts: [4, 5] },
        status: 'done',
      }),
    ]);
  });
});
