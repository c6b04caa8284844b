'use client';

import { useCallback, useEffect, useReducer, useRef } from 'react';
import { useRunAbort } from './use-run-abort';
import { useDeck } from '@/components/present/deck-context';
import {
  ExperimentError,
  streamExperiment,
  type ExperimentEvent,
} from '@/lib/client/stream-experiment';
import { loadSaved, save } from '@/lib/client/saved';
import { areFinishedRuns } from '@/lib/experiments/saved-runs';
import {
  runsReducer,
  type QueuePlace,
  type RunFailure,
  type RunRecord,
  type RunsAction,
} from '@/lib/experiments/runs-state';

/** Another window of the same presentation: runs started there show here, and back. */
export interface RunChannel {
  broadcast(topic: string, payload: unknown): void;
  subscribe(topic: string, handler: (payload: unknown) => void): () => void;
}

/** How a lab talks to its API: where a run goes, and which streamed events it keeps. */
export interface ExperimentSpec<V extends string, S, E, R> {
  /** Channel topic, unique per lab (`experiment:blocking`). */
  topic: string;
  /** The same-origin API path with its query for one run of `variant`. */
  path(variant: V, settings: S): string;
  /** The events of one SSE message worth keeping (none for `start`, `done` and the like). */
  eventsOf(event: ExperimentEvent): E[];
  /** The authoritative event list once the run is done (default: keep what streamed in). */
  finalEvents?(result: R): E[];
}

/** Turns whatever a run threw into plain, serialisable data. */
export function failureOf(error: unknown): RunFailure {
  const e = error instanceof ExperimentError ? error : new ExperimentError(String(error));
  return { message: e.message, status: e.status, issues: e.issues, retryAfterS: e.retryAfterS };
}

/** Finished runs kept in the browser for print mode (a separate page load). */
const STORED_RUNS = 6;

const newRunId = () => `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}`;

/**
 * The runs of one lab during this page visit, newest last. `run` streams one variant after
 * another (never at once: they would compete for the server's cores and spoil each other's
 * timing). Every change is an action of `runsReducer`; with a `channel`, actions also go to
 * the other windows, so a run started in one window is drawn in all of them from the same
 * measurement. `spec` must be a stable object (a module constant).
 */
export function useExperimentRuns<V extends string, S, E, R>(
  spec: ExperimentSpec<V, S, E, R>,
  explicitChannel?: RunChannel,
) {
  type Action = RunsAction<V, S, E, R>;
  const [runs, apply] = useReducer(runsReducer<V, S, E, R>, []);
  const controller = useRunAbort();
  const cancelTopic = `${spec.topic}:cancel`;
  const helloTopic = `${spec.topic}:hello`;
  const storageKey = `lab:${spec.topic}`;
  // Inside a live presentation (presenter and audience windows), runs are shared with the
  // deck's other windows; previews stay silent; print shows the last runs of this browser.
  const deck = useDeck();
  const live = deck.mode === 'audience' || deck.mode === 'presenter';
  const channel = explicitChannel ?? (live ? deck : undefined);
  const latest = useRef(runs);
  useEffect(() => {
    latest.current = runs;
    const finished = runs.filter((run) => run.status === 'done' && !run.recording);
    if (finished.length > 0) save('local', storageKey, finished.slice(-STORED_RUNS));
  }, [runs, storageKey]);
  useEffect(() => {
    if (deck.mode !== 'print') return;
    const stored = loadSaved('local', storageKey, areFinishedRuns) as
      RunRecord<V, S, E, R>[] | null;
    if (stored && stored.length > 0) apply({ type: 'recorded', runs: stored });
  }, [deck.mode, storageKey]);

  const dispatch = useCallback(
    (action: Action) => {
      apply(action);
      channel?.broadcast(spec.topic, action);
    },
    [channel, spec.topic],
  );

  useEffect(() => {
    if (!channel) return;
    const offRuns = channel.subscribe(spec.topic, (action) => apply(action as Action));
    const offCancel = channel.subscribe(cancelTopic, controller.stop);
    // A window opened later asks the others for what they have measured already.
    const offHello = channel.subscribe(helloTopic, () => {
      const finished = latest.current.filter((run) => run.status === 'done');
      if (finished.length > 0)
        channel.broadcast(spec.topic, { type: 'recorded', runs: finished } satisfies Action);
    });
    channel.broadcast(helloTopic, null);
    return () => {
      offRuns();
      offCancel();
      offHello();
    };
  }, [channel, spec.topic, cancelTopic, helloTopic, controller.stop]);

  const run = useCallback(
    async (variants: readonly V[], settings: S) => {
      const abort = controller.start();
      try {
        for (const variant of variants) {
          const id = newRunId();
          dispatch({ type: 'started', id, variant, settings });
          // Events can arrive faster than the screen refreshes: draw them once per frame.
          const pending: E[] = [];
          let frame = 0;
          const flush = () => {
            frame = 0;
            if (pending.length) dispatch({ type: 'events', id, events: pending.splice(0) });
          };
          try {
            const result = await streamExperiment<R>(spec.path(variant, settings), {
              signal: abort.signal,
              onEvent: (event) => {
                if (event.event === 'queued')
                  return dispatch({ type: 'queued', id, place: event.data as QueuePlace });
                const kept = spec.eventsOf(event);
                if (kept.length === 0) return;
                pending.push(...kept);
                frame ||= requestAnimationFrame(flush);
              },
            });
            cancelAnimationFrame(frame);
            flush();
            dispatch({ type: 'finished', id, result, events: spec.finalEvents?.(result) });
          } catch (error) {
            cancelAnimationFrame(frame);
            flush();
            dispatch(
              abort.signal.aborted
                ? { type: 'cancelled', id }
                : { type: 'failed', id, error: failureOf(error) },
            );
            return;
          }
        }
      } finally {
        controller.done(abort);
      }
    },
    [dispatch, spec, controller],
  );

  /** Stops the current run, whichever window started it. */
  const cancel = useCallback(() => {
    controller.stop();
    channel?.broadcast(cancelTopic, null);
  }, [channel, cancelTopic, controller]);
  const clear = useCallback(() => dispatch({ type: 'cleared' }), [dispatch]);
  const showRecording = useCallback(
    (recorded: RunRecord<V, S, E, R>[]) => dispatch({ type: 'recorded', runs: recorded }),
    [dispatch],
  );
  const busy = runs.some((r) => r.status === 'running');

  return { runs, busy, run, cancel, clear, showRecording };
}
