import { describe, expect, it } from 'vitest';
import { greedyMakespan, idealMs, lanesFor } from './ideal';

describe('greedyMakespan', () => {
  it('is 0 for no tasks, whatever the lanes', () => {
    expect(greedyMakespan([], 1)).toBe(0);
    expect(greedyMakespan([], 8)).toBe(0);
  });

  it('is the sum on one lane', () => {
    expect(greedyMakespan([100, 20, 30, 50], 1)).toBe(200);
  });

  it('is the longest task when every task has its own lane (or more lanes than tasks)', () => {
    expect(greedyMakespan([100, 20, 30, 50], 4)).toBe(100);
    expect(greedyMakespan([100, 20, 30, 50], 64)).toBe(100);
    expect(greedyMakespan([7], 3)).toBe(7);
  });

  it('is ⌈n/k⌉ waves for equal tasks', () => {
    expect(greedyMakespan(Array(10).fill(100), 4)).toBe(300);
    expect(greedyMakespan(Array(8).fill(100), 4)).toBe(200);
    expect(greedyMakespan(Array(9).fill(50), 2)).toBe(250);
  });

  it('gives each task, in order, to the lane that frees up first', () => {
    // Lanes: [100] [20] → 30 goes to lane 2 (free at 20) → [100] [50] → 50 goes to lane 2 → [100] [100].
    expect(greedyMakespan([100, 20, 30, 50], 2)).toBe(100);
    // Order matters (it is a queue, not an optimal schedule): the long task last ends at 40,
    // although [30] and [10, 10, 10] on two lanes would take 30.
    expect(greedyMakespan([10, 10, 10, 30], 2)).toBe(40);
    expect(greedyMakespan([30, 10, 10, 10], 2)).toBe(30);
  });

  it('treats zero lanes as one instead of losing the work', () => {
    expect(greedyMakespan([10, 20], 0)).toBe(30);
  });
});

describe('lanesFor / idealMs', () => {
  it('gives one lane to sequential, `workers` to threads, `limit` or every task to async', () => {
    expect(lanesFor('sequential', 10, 4, 3)).toBe(1);
    expect(lanesFor('threads', 10, 4, 3)).toBe(4);
    expect(lanesFor('async', 10, 4, 3)).toBe(3);
    expect(lanesFor('async', 10, 4, null)).toBe(10);
    // httpx's default pool: at most 100 connections, the rest wait their turn.
    expect(lanesFor('async', 1000, 4, null, 'cpython')).toBe(100);
    expect(lanesFor('async', 1000, 4, null, 'node')).toBe(1000);
  });

  it('is the sum, the greedy waves and the maximum for the three strategies', () => {
    const delays = [100, 100, 100, 100, 100];
    expect(idealMs('sequential', delays, 2, null)).toBe(500);
    expect(idealMs('threads', delays, 2, null)).toBe(300);
    expect(idealMs('async', delays, 2, null)).toBe(100);
    expect(idealMs('async', delays, 2, 2)).toBe(300);
    expect(idealMs('threads', [], 2, null)).toBe(0);
  });
});
