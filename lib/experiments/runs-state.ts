// Generic run history for every lab: a reducer over serialisable actions, so a run can be
// replayed into another window (presentation mode) by sending it the same actions.
// A lab picks its own variant name (strategy, mode…), settings, streamed event and result types;
// `components/lab-shell/use-experiment-runs.ts` drives it from the SSE stream of any lab.

/** A run's error, as plain data. */
export interface RunFailure {
  message: string;
  status: number | null;
  issues: { path: string; message: string }[];
  retryAfterS: number | null;
}

/** Where a shipped recording was measured. */
export interface RecordingInfo {
  recorded_at: string;
  machine: string;
}

/** The data of the server's `queued` event (platform/http/experiment-route.ts). */
export interface QueuePlace {
  position: number;
  queue_length: number;
}

/** One run of a lab: `variant` is what was run (a strategy, a mode), `events` what streamed in. */
export interface RunRecord<V extends string, S, E, R> {
  id: string;
  variant: V;
  settings: S;
  status: 'running' | 'done' | 'error' | 'cancelled';
  /** While the server's admission control holds the run back: its place in the queue. */
  queued: QueuePlace | null;
  events: E[];
  result: R | null;
  error: RunFailure | null;
  /** Set when the run is a shipped recording, not a measurement made now. */
  recording: RecordingInfo | null;
}

export type RunsAction<V extends string, S, E, R> =
  | { type: 'started'; id: string; variant: V; settings: S }
  | { type: 'queued'; id: string; place: QueuePlace }
  | { type: 'events'; id: string; events: E[] }
  /** `events`, when given, replaces the streamed ones (the result's authoritative list). */
  | { type: 'finished'; id: string; result: R; events?: E[] }
  | { type: 'failed'; id: string; error: RunFailure }
  | { type: 'cancelled'; id: string }
  | { type: 'recorded'; runs: RunRecord<V, S, E, R>[] }
  | { type: 'cleared' };

/** Runs kept per page; older ones drop off. */
export const MAX_RUNS = 60;

/** Applies one action to the run history (newest run last). */
export function runsReducer<V extends string, S, E, R>(
  runs: RunRecord<V, S, E, R>[],
  action: RunsAction<V, S, E, R>,
): RunRecord<V, S, E, R>[] {
  const patch = (
    id: string,
    change: (run: RunRecord<V, S, E, R>) => Partial<RunRecord<V, S, E, R>>,
  ) => runs.map((run) => (run.id === id ? { ...run, ...change(run) } : run));
  switch (action.type) {
    case 'started':
      if (runs.some((run) => run.id === action.id)) return runs;
      return [
        ...runs,
        {
          id: action.id,
          variant: action.variant,
          settings: action.settings,
          status: 'running' as const,
          queued: null,
          events: [],
          result: null,
          error: null,
          recording: null,
        },
      ].slice(-MAX_RUNS);
    case 'queued':
      return patch(action.id, () => ({ queued: action.place }));
    case 'events':
      return patch(action.id, (run) => ({
        queued: null,
        events: [...run.events, ...action.events],
      }));
    case 'finished':
      return patch(action.id, (run) => ({
        status: 'done',
        queued: null,
        result: action.result,
        events: action.events ?? run.events,
      }));
    case 'failed':
      return patch(action.id, () => ({ status: 'error', queued: null, error: action.error }));
    case 'cancelled':
      return patch(action.id, () => ({ status: 'cancelled', queued: null }));
    case 'recorded':
      return [
        ...runs.filter((run) => !action.runs.some((r) => r.id === run.id)),
        ...action.runs,
      ].slice(-MAX_RUNS);
    case 'cleared':
      return runs.filter((run) => run.status === 'running');
  }
}
