import { describe, expect, it } from 'vitest';
import {
  FROZEN_LAG_MS,
  frozenSpans,
  lagRamp,
  measuredUntil,
  othersLateness,
  splitEvents,
  type BlockingLiveEvent,
} from './summary';

const task = (task_id: number, start_ms: number, end_ms: number) => ({ task_id, start_ms, end_ms });

describe('blocking summary', () => {
  it('splits streamed events into tasks (by id) and lag samples (by time)', () => {
    const events: BlockingLiveEvent[] = [
      { kind: 'lag', samples: [{ t_ms: 20, lag_ms: 0.5 }] },
      { kind: 'task', task: task(2, 1, 201) },
      { kind: 'lag', samples: [{ t_ms: 10, lag_ms: 1 }] },
      { kind: 'task', task: task(1, 1, 202) },
    ];
    const { tasks, lag } = splitEvents(events);
    expect(tasks.map((t) => t.task_id)).toEqual([1, 2]);
    expect(lag.map((s) => s.t_ms)).toEqual([10, 20]);
    expect(measuredUntil(tasks, lag)).toBe(202);
  });

  it('measures the polite tasks against their own timer, leaving the blocking one out', () => {
    const tasks = [task(0, 0, 1200), task(1, 1, 1201), task(2, 2, 1203), task(3, 0, 200.5)];
    expect(othersLateness(tasks, 200, 0)).toEqual({
      count: 3,
      due_ms: 200,
      last_end_ms: 1203,
      max_late_ms: 1001,
      median_late_ms: 1000,
    });
    expect(othersLateness([task(0, 0, 1200)], 200, 0)).toBeNull();
  });

  it('finds the frozen stretch from the late tick alone', () => {
    const lag = [
      { t_ms: 190, lag_ms: 0.4 },
      { t_ms: 1203, lag_ms: 993 },
      { t_ms: 1213, lag_ms: FROZEN_LAG_MS - 1 },
    ];
    expect(frozenSpans(lag)).toEqual([{ from_ms: 210, to_ms: 1203 }]);
  });

  it('draws a late tick as a ramp from when it was due, not a climb from the previous sample', () => {
    const ramp = lagRamp([
      { t_ms: 190, lag_ms: 0.4 },
      { t_ms: 1203, lag_ms: 993 },
    ]);
    expect(ramp).toEqual([
      { t_ms: 0, lag_ms: 0 },
      { t_ms: 190, lag_ms: 0.4 },
      { t_ms: 210, lag_ms: 0 },
      { t_ms: 1203, lag_ms: 993 },
      { t_ms: 1203, lag_ms: 0 },
    ]);
  });
});
