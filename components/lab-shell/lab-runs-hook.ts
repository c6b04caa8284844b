'use client';

import type { RunRecord } from '@/lib/experiments/runs-state';
import { labExperimentSpec } from './lab-experiment-spec';
import { useExperimentRuns, type RunChannel } from './use-experiment-runs';

/**
 * The runs hook of a lab served at /api/experiments/<lab> (see useExperimentRuns): its channel
 * topic is `experiment:<lab>`, a run's path carries the lab's query, and of the streamed events
 * it keeps those named in `kept` (the rest, like `done`, end up in the result). A `channel`
 * passed to the hook shares the runs with a presentation's other windows.
 */
export function labRunsHook<
  Run extends RunRecord<string, Readonly<Record<string, string>>, { event: string }, unknown>,
>(
  lab: string,
  query: (variant: Run['variant'], settings: Run['settings']) => string,
  kept: readonly Run['events'][number]['event'][],
) {
  type E = Run['events'][number];
  const spec = labExperimentSpec<Run['variant'], Run['settings'], E, NonNullable<Run['result']>>({
    lab,
    query,
    // A kept event is kept whole: its name and its data.
    events: Object.fromEntries(
      kept.map((name) => [name, (data: unknown) => ({ event: name, data }) as E]),
    ),
  });
  return function useLabRuns(channel?: RunChannel) {
    return useExperimentRuns(spec, channel);
  };
}
