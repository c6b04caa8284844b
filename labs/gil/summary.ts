// What the GIL lab shows, computed from a run's measurements (live or finished).
import type { CpuResult, CpuStart } from './contract';
import type { LaneReport } from './contract';

/** What a run streams, as the browser keeps it: the start (engine, cores…), then each lane as it ends. */
export type CpuLiveEvent = { kind: 'start'; start: CpuStart } | { kind: 'lane'; lane: LaneReport };

/** The start and the finished lanes among a run's events, lanes in order. */
export function splitCpuEvents(events: readonly CpuLiveEvent[]): {
  start: CpuStart | null;
  lanes: LaneReport[];
} {
  let start: CpuStart | null = null;
  const lanes: LaneReport[] = [];
  for (const event of events) {
    if (event.kind === 'start') start = event.start;
    else lanes.push(event.lane);
  }
  return { start, lanes: lanes.sort((a, b) => a.lane - b.lane) };
}

/** A finished run's events in the order of the result (the authoritative record). */
export function eventsOfCpuResult(result: CpuResult): CpuLiveEvent[] {
  const {
    elapsed_ms: _e,
    busy_ms: _b,
    parallelism: _p,
    speedup: _s,
    parallel_ms: _pm,
    threads,
    ...start
  } = result;
  return [{ kind: 'start', start }, ...threads.map((lane) => ({ kind: 'lane' as const, lane }))];
}

/** The best speed-up over one-after-another that `tasks` equal tasks can get from `cores` cores. */
export function bestSpeedup(cores: number, tasks: number): number {
  return Math.max(1, Math.min(cores, tasks));
}

/** Every span in which a lane computed, as intervals (for replay and its step points). */
export function computeSpans(
  lanes: readonly LaneReport[],
): { lane: number; start_ms: number; end_ms: number }[] {
  return lanes.flatMap((lane) =>
    lane.runs.map(([start_ms, end_ms]) => ({ lane: lane.lane, start_ms, end_ms })),
  );
}

/** How many turns each lane took: its runs, i.e. how often it got the CPU (or the GIL) back. */
export function turnsPerLane(lanes: readonly LaneReport[]): {
  min: number;
  max: number;
  total: number;
} {
  const turns = lanes.map((lane) => lane.runs.length);
  return {
    min: Math.min(...turns),
    max: Math.max(...turns),
    total: turns.reduce((sum, n) => sum + n, 0),
  };
}

/** How many times faster than `baselineMs` a run of `elapsedMs` was (2 = twice as fast). */
export function speedupOver(baselineMs: number, elapsedMs: number): number {
  return elapsedMs > 0 ? Math.round((baselineMs / elapsedMs) * 100) / 100 : 0;
}

/**
 * The share of a run's work that ran at the calibrated pace: busy time (chunks that took no
 * longer than calibrated) over tasks × work. Well below 1, the machine's pace changed since the
 * calibration (other programs shared the cores, or the clock speed moved), and the run's totals
 * say less than its timeline.
 */
export function fullSpeedShare(
  result: Pick<CpuResult, 'busy_ms' | 'sequential_estimate_ms'>,
): number {
  return result.sequential_estimate_ms > 0 ? result.busy_ms / result.sequential_estimate_ms : 1;
}

/** Below this share of full-speed work, the lab warns that the machine was busy. */
export const BUSY_MACHINE_SHARE = 0.8;
