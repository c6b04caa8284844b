// What the blocking lab shows, computed from a run's measurements (live or finished): how late
// the polite tasks were, when the loop was frozen, and the lag as the ramp it grew over.
import type { BlockingResult } from './contract';
import { BLOCKING_LIMITS } from './limits';
import type { LagSample, TaskTiming } from './contract';

/** What a run streams, as the browser keeps it: a task as it ends, or a batch of lag samples. */
export type BlockingLiveEvent =
  { kind: 'task'; task: TaskTiming } | { kind: 'lag'; samples: LagSample[] };

/**
 * A lag this large counts as a stall worth marking: ten ticks missed in a row. A busy machine
 * delays a free loop's timers by tens of ms now and then; a blocking call, by its whole length.
 */
export const FROZEN_LAG_MS = 10 * BLOCKING_LIMITS.tickMs;

/** The tasks and lag samples among a run's events, tasks in id order. */
export function splitEvents(events: readonly BlockingLiveEvent[]): {
  tasks: TaskTiming[];
  lag: LagSample[];
} {
  const tasks: TaskTiming[] = [];
  const lag: LagSample[] = [];
  for (const event of events) {
    if (event.kind === 'task') tasks.push(event.task);
    else lag.push(...event.samples);
  }
  return {
    tasks: tasks.sort((a, b) => a.task_id - b.task_id),
    lag: lag.sort((a, b) => a.t_ms - b.t_ms),
  };
}

/** A finished run's events in the order of the result (the authoritative record). */
export function eventsOfResult(result: BlockingResult): BlockingLiveEvent[] {
  return [
    ...result.tasks.map((task) => ({ kind: 'task' as const, task })),
    { kind: 'lag' as const, samples: result.lag },
  ];
}

/** How late the tasks other than the blocking one finished, against their own timer. */
export interface Lateness {
  /** Tasks other than the blocking one that have finished. */
  count: number;
  /** Their timer: each was due `delay_ms` after it started. */
  due_ms: number;
  /** The latest any of them finished, on the run's clock. */
  last_end_ms: number;
  /** How long after its timer was due each one finished: the worst and the median. */
  max_late_ms: number;
  median_late_ms: number;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The lateness of the polite tasks (null until one of them has finished). */
export function othersLateness(
  tasks: readonly TaskTiming[],
  delayMs: number,
  blockingTask: number,
): Lateness | null {
  const others = tasks.filter((task) => task.task_id !== blockingTask);
  if (others.length === 0) return null;
  const late = others
    .map((task) => Math.max(0, task.end_ms - task.start_ms - delayMs))
    .sort((a, b) => a - b);
  const middle = late.length >> 1;
  return {
    count: others.length,
    due_ms: delayMs,
    last_end_ms: Math.max(...others.map((task) => task.end_ms)),
    max_late_ms: round(late.at(-1) ?? 0),
    median_late_ms: round(late.length % 2 ? late[middle] : (late[middle - 1] + late[middle]) / 2),
  };
}

/** A stretch of time in which the run's event loop ran nothing. */
export interface FrozenSpan {
  from_ms: number;
  to_ms: number;
}

/**
 * When the loop was frozen: a tick that ran `lag_ms` late at `t_ms` was due at `t_ms − lag_ms`,
 * and nothing ran on the loop in between.
 */
export function frozenSpans(lag: readonly LagSample[], threshold = FROZEN_LAG_MS): FrozenSpan[] {
  return lag
    .filter((s) => s.lag_ms >= threshold)
    .map((s) => ({ from_ms: round(s.t_ms - s.lag_ms), to_ms: s.t_ms }));
}

/**
 * The lag samples as a line that does not lie between samples: a late tick's lag grew from 0,
 * when it was due, to `lag_ms`, when it ran, and is 0 again right after. Drawn straight from
 * sample to sample, a single late tick would look like a slow climb over the whole run.
 */
export function lagRamp(lag: readonly LagSample[]): LagSample[] {
  const points: LagSample[] = [{ t_ms: 0, lag_ms: 0 }];
  for (const sample of lag) {
    if (sample.lag_ms >= 1) {
      points.push({ t_ms: round(sample.t_ms - sample.lag_ms), lag_ms: 0 }, sample, {
        t_ms: sample.t_ms,
        lag_ms: 0,
      });
    } else points.push(sample);
  }
  return points;
}

/** The latest moment a run's measurements reach (the live view draws unfinished tasks up to it). */
export function measuredUntil(tasks: readonly TaskTiming[], lag: readonly LagSample[]): number {
  return Math.max(0, ...tasks.map((t) => t.end_ms), ...lag.map((s) => s.t_ms));
}
