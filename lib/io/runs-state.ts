// The I/O experiment's run history as a reducer over serialisable actions, so a run can be
// replayed into another window (presentation mode) by sending it the same actions.
import type { IoRunResult } from './run';
import type { IoStrategyName, RequestTiming } from './types';

/** A run's error, as plain data. */
export interface RunFailure {
  message: string;
  status: number | null;
  issues: { path: string; message: string }[];
  retryAfterS: number | null;
}

export interface IoRunRecord<Settings = Record<string, string>> {
  id: string;
  strategy: IoStrategyName;
  settings: Settings;
  status: 'running' | 'done' | 'error' | 'cancelled';
  requests: RequestTiming[];
  result: IoRunResult | null;
  error: RunFailure | null;
  /** Set when the run is a shipped recording, not a measurement made now. */
  recording: { recorded_at: string; machine: string } | null;
}

export type IoRunsAction<Settings = Record<string, string>> =
  | { type: 'started'; id: string; strategy: IoStrategyName; settings: Settings }
  | { type: 'requests'; id: string; requests: RequestTiming[] }
  | { type: 'finished'; id: string; result: IoRunResult }
  | { type: 'failed'; id: string; error: RunFailure }
  | { type: 'cancelled'; id: string }
  | { type: 'recorded'; runs: IoRunRecord<Settings>[] }
  | { type: 'cleared' };

/** Runs kept per page; older ones drop off. */
export const MAX_RUNS = 60;

export function ioRunsReducer<S>(runs: IoRunRecord<S>[], action: IoRunsAction<S>): IoRunRecord<S>[] {
  const patch = (id: string, change: (run: IoRunRecord<S>) => Partial<IoRunRecord<S>>) =>
    runs.map((run) => (run.id === id ? { ...run, ...change(run) } : run));
  switch (action.type) {
    case 'started':
      if (runs.some((run) => run.id === action.id)) return runs;
      return [
        ...runs,
        { id: action.id, strategy: action.strategy, settings: action.settings, status: 'running' as const, requests: [], result: null, error: null, recording: null },
      ].slice(-MAX_RUNS);
    case 'requests':
      return patch(action.id, (run) => ({ requests: [...run.requests, ...action.requests] }));
    case 'finished':
      return patch(action.id, () => ({ status: 'done', result: action.result, requests: action.result.requests }));
    case 'failed':
      return patch(action.id, () => ({ status: 'error', error: action.error }));
    case 'cancelled':
      return patch(action.id, () => ({ status: 'cancelled' }));
    case 'recorded':
      return [...runs.filter((run) => !action.runs.some((r) => r.id === run.id)), ...action.runs].slice(-MAX_RUNS);
    case 'cleared':
      return runs.filter((run) => run.status === 'running');
  }
}
