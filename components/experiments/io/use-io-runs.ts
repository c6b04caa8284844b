'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { ExperimentError, streamExperiment } from '@/lib/client/stream-experiment';
import type { IoRunResult } from '@/lib/io/run';
import { ioRunsReducer, type IoRunRecord, type IoRunsAction, type RunFailure } from '@/lib/io/runs-state';
import type { IoStrategyName, RequestTiming } from '@/lib/io/types';
import { ioQueryString, type IoSettings } from './use-io-settings';

export type IoRun = IoRunRecord<IoSettings>;
type Action = IoRunsAction<IoSettings>;

/** Another window of the same presentation: runs started there show here, and back. */
export interface RunChannel {
  broadcast(topic: string, payload: unknown): void;
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
}

const RUNS_TOPIC = 'experiment:io';
const CANCEL_TOPIC = 'experiment:io:cancel';

function failureOf(error: unknown): RunFailure {
  const e = error instanceof ExperimentError ? error : new ExperimentError(String(error));
  return { message: e.message, status: e.status, issues: e.issues, retryAfterS: e.retryAfterS };
}

/**
 * The runs of this page visit, newest last. `run` streams one strategy after another (never
 * at once: they would compete for the server's two cores and spoil each other's timing).
 * Every change is an action; with a `channel`, actions are also sent to the other windows,
 * so a run started in one window is drawn in all of them from the same measurement.
 */
export function useIoRuns(channel?: RunChannel) {
  const [runs, apply] = useReducer(ioRunsReducer<IoSettings>, []);
  const controller = useRef<AbortController | null>(null);

  const dispatch = useCallback(
    (action: Action) => {
      apply(action);
      channel?.broadcast(RUNS_TOPIC, action);
    },
    [channel],
  );

  useEffect(() => {
    if (!channel) return;
    const offRuns = channel.subscribe(RUNS_TOPIC, (action) => apply(action as Action));
    const offCancel = channel.subscribe(CANCEL_TOPIC, () => controller.current?.abort());
    return () => {
      offRuns();
      offCancel();
    };
  }, [channel]);

  const run = useCallback(
    async (strategies: IoStrategyName[], settings: IoSettings) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      try {
        for (const strategy of strategies) {
          const id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;
          dispatch({ type: 'started', id, strategy, settings });
          // Events can arrive faster than the screen refreshes: draw them once per frame.
          const pending: RequestTiming[] = [];
          let frame = 0;
          const flush = () => {
            frame = 0;
            if (pending.length) dispatch({ type: 'requests', id, requests: pending.splice(0) });
          };
          try {
            const result = await streamExperiment<IoRunResult>(`/api/experiments/io?${ioQueryString(strategy, settings)}`, {
              signal: abort.signal,
              onEvent: ({ event, data }) => {
                if (event !== 'request') return;
                pending.push(data as RequestTiming);
                frame ||= requestAnimationFrame(flush);
              },
            });
            cancelAnimationFrame(frame);
            dispatch({ type: 'finished', id, result });
          } catch (error) {
            cancelAnimationFrame(frame);
            flush();
            dispatch(abort.signal.aborted ? { type: 'cancelled', id } : { type: 'failed', id, error: failureOf(error) });
            return;
          }
        }
      } finally {
        if (controller.current === abort) controller.current = null;
      }
    },
    [dispatch],
  );

  /** Stops the current run, whichever window started it. */
  const cancel = useCallback(() => {
    controller.current?.abort();
    channel?.broadcast(CANCEL_TOPIC, null);
  }, [channel]);
  const clear = useCallback(() => dispatch({ type: 'cleared' }), [dispatch]);
  const showRecording = useCallback((recorded: IoRun[]) => dispatch({ type: 'recorded', runs: recorded }), [dispatch]);
  const busy = runs.some((r) => r.status === 'running');

  return { runs, busy, run, cancel, clear, showRecording };
}
