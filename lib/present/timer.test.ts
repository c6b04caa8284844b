import { describe, expect, it } from 'vitest';
import { STOPPED, countdown, elapsedMs, formatDuration, pauseWatch, startWatch } from './timer';

describe('stopwatch', () => {
  it('accumulates time across pauses', () => {
    let watch = startWatch(STOPPED, 1_000);
    expect(elapsedMs(watch, 4_000)).toBe(3_000);
    watch = pauseWatch(watch, 4_000);
    expect(elapsedMs(watch, 60_000)).toBe(3_000);
    watch = startWatch(watch, 10_000);
    expect(elapsedMs(watch, 12_500)).toBe(5_500);
  });

  it('ignores start while running and pause while paused', () => {
    const running = startWatch(STOPPED, 1_000);
    expect(startWatch(running, 5_000)).toBe(running);
    expect(pauseWatch(STOPPED, 5_000)).toBe(STOPPED);
  });

  it('never goes negative if the clock steps back', () => {
    expect(elapsedMs(startWatch(STOPPED, 5_000), 4_000)).toBe(0);
  });
});

describe('formatDuration', () => {
  it.each([
    [0, '0:00'],
    [59_999, '0:59'],
    [61_000, '1:01'],
    [3_600_000 + 5 * 60_000 + 7_000, '1:05:07'],
    [-90_000, '−1:30'],
  ])('%d ms → %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  it('rounds up for a countdown', () => {
    expect(formatDuration(54_300, 'up')).toBe('0:55');
    expect(formatDuration(54_300)).toBe('0:54');
    expect(formatDuration(0, 'up')).toBe('0:00');
  });
});

describe('countdown', () => {
  it('counts down and warns in the last stretch, then shows overtime', () => {
    expect(countdown(45, 0)).toEqual({ remainingMs: 45 * 60_000, level: 'ok' });
    expect(countdown(45, 41 * 60_000).level).toBe('soon'); // 4.5 min is the last tenth
    expect(countdown(45, 46 * 60_000)).toEqual({ remainingMs: -60_000, level: 'over' });
    expect(countdown(5, 3.5 * 60_000).level).toBe('ok'); // at least one minute: 1.5 min left
    expect(countdown(5, 4.5 * 60_000).level).toBe('soon');
  });
});
