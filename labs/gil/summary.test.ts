import { describe, expect, it } from 'vitest';
import type { CpuResult } from './contract';
import {
  bestSpeedup,
  computeSpans,
  eventsOfCpuResult,
  fullSpeedShare,
  speedupOver,
  splitCpuEvents,
  turnsPerLane,
} from './summary';
import type { LaneReport } from './contract';

const lane = (n: number, runs: [number, number][]): LaneReport => ({
  lane: n,
  pid: 1,
  thread_id: 10 + n,
  runs,
  busy_ms: 0,
  end_ms: runs.at(-1)?.[1] ?? 0,
});

describe('cpu summary', () => {
  it('turns a result back into the events that built it, and splits them again', () => {
    const lanes = [lane(1, [[5, 10]]), lane(0, [[0, 5]])];
    const result = {
      engine: 'node',
      strategy: 'threads',
      cores: 2,
      elapsed_ms: 10,
      busy_ms: 10,
      parallelism: 1,
      speedup: 1,
      parallel_ms: 0,
      threads: lanes,
    } as unknown as CpuResult;
    const events = eventsOfCpuResult(result);
    expect(events.map((e) => e.kind)).toEqual(['start', 'lane', 'lane']);
    const { start, lanes: split } = splitCpuEvents(events);
    expect(start).toMatchObject({ engine: 'node', strategy: 'threads', cores: 2 });
    expect(start).not.toHaveProperty('elapsed_ms');
    expect(split.map((l) => l.lane)).toEqual([0, 1]);
  });

  it('caps the best speed-up at the cores and at the tasks', () => {
    expect(bestSpeedup(2, 4)).toBe(2);
    expect(bestSpeedup(8, 4)).toBe(4);
    expect(bestSpeedup(2, 1)).toBe(1);
  });

  it('counts turns and flattens spans per lane', () => {
    const lanes = [
      lane(0, [
        [0, 5],
        [10, 15],
      ]),
      lane(1, [[5, 10]]),
    ];
    expect(turnsPerLane(lanes)).toEqual({ min: 1, max: 2, total: 3 });
    expect(computeSpans(lanes)).toEqual([
      { lane: 0, start_ms: 0, end_ms: 5 },
      { lane: 0, start_ms: 10, end_ms: 15 },
      { lane: 1, start_ms: 5, end_ms: 10 },
    ]);
  });

  it('gives speed-ups relative to a baseline', () => {
    expect(speedupOver(1200, 600)).toBe(2);
    expect(speedupOver(1200, 1300)).toBe(0.92);
    expect(speedupOver(1200, 0)).toBe(0);
  });

  it('tells how much of the work ran at full speed', () => {
    expect(fullSpeedShare({ busy_ms: 193, sequential_estimate_ms: 300 })).toBeCloseTo(0.643, 3);
    expect(fullSpeedShare({ busy_ms: 10, sequential_estimate_ms: 0 })).toBe(1);
  });
});
