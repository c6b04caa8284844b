'use client';

import type { ExperimentEvent } from '@/lib/client/stream-experiment';
import type { RunRecord } from '@/lib/experiments/runs-state';
import { useExperimentRuns, type ExperimentSpec, type RunChannel } from './use-experiment-runs';

/**
 * The runs hook of a lab served at /api/experiments/<lab> (see useExperimentRuns): its channel
 * topic is `experiment:<lab>`, a run's path carries the lab's query, and of the streamed events
 * it keeps those named in `kept` (the rest, like `done`, end up in the result). A `channel`
 * passed to the hook shares the runs with a presentation's other windows.
 */
export function labRunsHook<Run extends RunRecord<string, unknown, { event: string }, unknown>>(
  lab: string,
  query: (variant: Run['variant'], settings: Run['settings']) => string,
  kept: readonly Run['events'][number]['event'][],
) {
  type E = Run['events'][number];
  const spec: ExperimentSpec<Run['variant'], Run['settings'], E, NonNullable<Run['result']>> = {
    topic: `experiment:${lab}`,
    path: (variant, settings) => `/api/experiments/${lab}?${query(variant, settings)}`,
    eventsOf: (event: ExperimentEvent) =>
      (kept as readonly string[]).includes(event.event) ? [event as unknown as E] : [],
  };
  return function useLabRuns(channel?: RunChannel) {
    return useExperimentRuns(spec, channel);
  };
}
