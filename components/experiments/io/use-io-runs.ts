'use client';

import { useCallback, useRef, useState } from 'react';
import { ExperimentError, streamExperiment } from '@/lib/client/stream-experiment';
import type { IoRunResult } from '@/lib/io/run';
import type { IoStrategyName, RequestTiming } from '@/lib/io/types';
import { ioQueryString, type IoSettings } from './use-io-settings';

export interface IoRun {
  id: number;
  strategy: IoStrategyName;
  settings: IoSettings;
  status: 'running' | 'done' | 'error' | 'cancelled';
  requests: RequestTiming[];
  result: IoRunResult | null;
  error: ExperimentError | null;
}

const MAX_HISTORY = 60;

/**
 * The runs of this page visit, newest last. `run` streams one strategy after another (never
 * at once: they would compete for the server's two cores and spoil each other's timing).
 */
export function useIoRuns() {
  const [runs, setRuns] = useState<IoRun[]>([]);
  const [busy, setBusy] = useState(false);
  const controller = useRef<AbortController | null>(null);
  const nextId = useRef(1);

  const patch = useCallback((id: number, change: (run: IoRun) => Partial<IoRun>) => {
    setRuns((all) => all.map((run) => (run.id === id ? { ...run, ...change(run) } : run)));
  }, []);

  const run = useCallback(
    async (strategies: IoStrategyName[], settings: IoSettings) => {
      controller.current?.abort();
      const abort = new AbortController();
      controller.current = abort;
      setBusy(true);
      try {
        for (const strategy of strategies) {
          const id = nextId.current++;
          setRuns((all) => [...all, { id, strategy, settings, status: 'running' as const, requests: [], result: null, error: null }].slice(-MAX_HISTORY));
          // Events can arrive faster than the screen refreshes: draw them once per frame.
          const pending: RequestTiming[] = [];
          let frame = 0;
          const flush = () => {
            frame = 0;
            const batch = pending.splice(0);
            patch(id, (current) => ({ requests: [...current.requests, ...batch] }));
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
            patch(id, () => ({ status: 'done', result, requests: result.requests }));
          } catch (error) {
            cancelAnimationFrame(frame);
            if (abort.signal.aborted) {
              flush();
              patch(id, () => ({ status: 'cancelled' }));
            } else {
              const failure = error instanceof ExperimentError ? error : new ExperimentError(String(error));
              patch(id, () => ({ status: 'error', error: failure }));
            }
            return;
          }
        }
      } finally {
        if (controller.current === abort) {
          controller.current = null;
          setBusy(false);
        }
      }
    },
    [patch],
  );

  const cancel = useCallback(() => controller.current?.abort(), []);
  const clear = useCallback(() => setRuns((all) => all.filter((r) => r.status === 'running')), []);

  return { runs, busy, run, cancel, clear };
}
