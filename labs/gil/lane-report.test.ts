import { describe, expect, it } from 'vitest';
import { laneReport, parallelMs, relativeRuns } from './lane-report';
import type { Run } from './contract';

const lanes = (...runs: Run[][]) => runs.map((r) => ({ runs: r }));

describe('parallelMs', () => {
  it('is 0 for lanes that take turns, even when one starts as the other ends', () => {
    expect(
      parallelMs(
        lanes(
          [
            [0, 5],
            [10, 15],
          ],
          [
            [5, 10],
            [15, 20],
          ],
        ),
      ),
    ).toBe(0);
  });

  it('counts the time two or more lanes overlap, once', () => {
    expect(parallelMs(lanes([[0, 10]], [[4, 12]]))).toBe(6);
    expect(parallelMs(lanes([[0, 10]], [[2, 8]], [[4, 6]]))).toBe(6);
  });

  it('is 0 for one lane or none', () => {
    expect(
      parallelMs(
        lanes([
          [0, 10],
          [12, 20],
        ]),
      ),
    ).toBe(0);
    expect(parallelMs([])).toBe(0);
  });
});

describe('laneReport and relativeRuns', () => {
  it('sums the runs and rounds to 0.01 ms', () => {
    const runs = relativeRuns(
      [
        [1000.004, 1010.0049],
        [1020, 1030.5],
      ],
      1000,
    );
    expect(runs).toEqual([
      [0, 10],
      [20, 30.5],
    ]);
    expect(laneReport({ lane: 0, pid: 1, thread_id: 1, runs, end_ms: 30.5 }).busy_ms).toBe(20.5);
  });
});
