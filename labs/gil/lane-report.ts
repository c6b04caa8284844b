import type { LaneReport, Run } from './contract';

const round = (ms: number) => Math.round(ms * 100) / 100;

/** A lane as both engines report it, completed with its busy time. */
export function laneReport(lane: Omit<LaneReport, 'busy_ms'>): LaneReport {
  const busy = lane.runs.reduce((sum, [start, end]) => sum + (end - start), 0);
  return { ...lane, busy_ms: round(busy) };
}

/** Absolute monotonic-clock times, made relative to the run's clock start. */
export function relativeRuns(runs: readonly Run[], origin: number): Run[] {
  return runs.map(([start, end]) => [round(start - origin), round(end - origin)]);
}

/** How long two or more lanes computed at the same moment: 0 when they only took turns. */
export function parallelMs(lanes: readonly Pick<LaneReport, 'runs'>[]): number {
  const edges = lanes.flatMap((lane) =>
    lane.runs.flatMap(([start, end]): [number, number][] => [
      [start, 1],
      [end, -1],
    ]),
  );
  // Ends before starts at the same instant: runs that merely touch do not overlap.
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let active = 0;
  let total = 0;
  let since = 0;
  for (const [at, change] of edges) {
    if (active >= 2) total += at - since;
    active += change;
    since = at;
  }
  return round(total);
}

export { round };
