import type { ExperimentSpec } from './use-experiment-runs';

/**
 * How to run a lab served at `/api/experiments/<lab>`: `query` is a run's query string (the
 * variant and the settings). `events` turns each kind of streamed event worth keeping into
 * what the lab keeps of it; every other kind (`start`, `done`, …) is dropped.
 */
export function labExperimentSpec<
  V extends string,
  S extends Readonly<Record<string, string>>,
  E,
  R,
>({
  lab,
  query,
  events,
  finalEvents,
}: {
  lab: string;
  query: (variant: V, settings: S) => string;
  events: Readonly<Record<string, (data: unknown) => E>>;
  finalEvents?: (result: R) => E[];
}): ExperimentSpec<V, S, E, R> {
  return {
    topic: `experiment:${lab}`,
    path: (variant, settings) => `/api/experiments/${lab}?${query(variant, settings)}`,
    eventsOf: ({ event, data }) => (Object.hasOwn(events, event) ? [events[event](data)] : []),
    finalEvents,
  };
}
