import type { ExperimentSpec } from './use-experiment-runs';
import { labQueryString } from './use-url-settings';

/**
 * How to run a lab served at `/api/experiments/<lab>`, with the variant in the query as
 * `variantParam` beside the settings. `events` turns each kind of streamed event worth keeping
 * into what the lab keeps of it; every other kind (`start`, `done`, …) is dropped.
 */
export function labExperimentSpec<
  V extends string,
  S extends Readonly<Record<string, string>>,
  E,
  R,
>({
  lab,
  variantParam,
  events,
  finalEvents,
}: {
  lab: string;
  variantParam: string;
  events: Readonly<Record<string, (data: unknown) => E>>;
  finalEvents?: (result: R) => E[];
}): ExperimentSpec<V, S, E, R> {
  return {
    topic: `experiment:${lab}`,
    path: (variant, settings) =>
      `/api/experiments/${lab}?${labQueryString({ [variantParam]: variant }, settings)}`,
    eventsOf: ({ event, data }) => (Object.hasOwn(events, event) ? [events[event](data)] : []),
    finalEvents,
  };
}
