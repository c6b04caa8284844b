'use client';

import type { IoRunResult } from '@/labs/io/contract';
import type { IoRunRecord } from '@/labs/io/recording';
import type { IoStrategyName, RequestTiming } from '@/labs/io/contract';
import {
  useExperimentRuns,
  type ExperimentSpec,
  type RunChannel,
} from '@/components/lab-shell/use-experiment-runs';
import { ioQueryString, type IoSettings } from './use-io-settings';

export type { RunChannel };
/** One run of the I/O experiment: its streamed events are the requests' timings. */
export type IoRun = IoRunRecord<IoSettings>;

const spec: ExperimentSpec<IoStrategyName, IoSettings, RequestTiming, IoRunResult> = {
  topic: 'experiment:io',
  path: (strategy, settings) => `/api/experiments/io?${ioQueryString(strategy, settings)}`,
  eventsOf: ({ event, data }) => (event === 'request' ? [data as RequestTiming] : []),
  // The result's list is authoritative (a request whose event was still in flight is in it).
  finalEvents: (result) => result.requests,
};

/**
 * The runs of this page visit, newest last (see useExperimentRuns): strategies run one after
 * another, and with a `channel` every window of a presentation draws the same runs.
 */
export function useIoRuns(channel?: RunChannel) {
  return useExperimentRuns(spec, channel);
}
