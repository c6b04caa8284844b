import { describe, expect, it } from 'vitest';
import { clipAt, eventTimes, shownAt, stepFrom } from './timeline';

const runs = [
  { id: 'a', start_ms: 0, end_ms: 100 },
  { id: 'b', start_ms: 50, end_ms: 150 },
  { id: 'c', start_ms: 120, end_ms: 200 },
];

describe('replay timeline', () => {
  it('shows what had happened by t', () => {
    expect(clipAt(runs, 110)).toEqual([
      { id: 'a', start_ms: 0, end_ms: 100, running: false },
      { id: 'b', start_ms: 50, end_ms: 110, running: true },
    ]);
    expect(clipAt(runs, 0)).toEqual([{ id: 'a', start_ms: 0, end_ms: 0, running: true }]);
    expect(clipAt(runs, 500)).toHaveLength(3);
  });

  it('shows every interval ended, or as it stood at a replay moment', () => {
    expect(shownAt(runs, null).map((r) => r.running)).toEqual([false, false, false]);
    expect(shownAt(runs, null)[2].end_ms).toBe(200);
    expect(shownAt(runs, 110)).toEqual(clipAt(runs, 110));
  });

  it('steps between starts and ends', () => {
    const times = eventTimes(runs);
    expect(times).toEqual([0, 50, 100, 120, 150, 200]);
    expect(stepFrom(times, 0, 1)).toBe(50);
    expect(stepFrom(times, 110, 1)).toBe(120);
    expect(stepFrom(times, 110, -1)).toBe(100);
    expect(stepFrom(times, 200, 1)).toBe(200);
    expect(stepFrom(times, 0, -1)).toBe(0);
  });
});
