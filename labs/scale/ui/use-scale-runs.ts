'use client';

import type { ExperimentEvent } from '@/lib/client/stream-experiment';
import type { ScaleResult } from '@/labs/scale/contract';
import type { ScaleRunRecord, ScaleStreamed } from '@/labs/scale/run-record';
import { scaleQueryString, type ScaleSettings } from '@/labs/scale/settings';
import { useExperimentRuns, type ExperimentSpec, type RunChannel } from '@/components/lab-shell/use-experiment-runs';

export type ScaleRun = ScaleRunRecord;

const scaleSpec: ExperimentSpec<string, ScaleSettings, ScaleStreamed, ScaleResult> = {
  topic: 'experiment:scale',
  path: (count, settings) => `/api/experiments/scale?${scaleQueryString(count, settings)}`,
  eventsOf: (event: ExperimentEvent) =>
    event.event === 'start' || event.event === 'progress' ? [event as ScaleStreamed] : [],
};

/** The scale lab's runs (see useExperimentRuns); a `channel` shares them with a presentation's other windows. */
export function useScaleRuns(channel?: RunChannel) {
  return useExperimentRuns(scaleSpec, channel);
}

/** Where a run stands: the child started, its baseline, and the moment every unit existed. */
export function progressOf(run: ScaleRun) {
  let started = false;
  let baseline: number | null = null;
  let created: { create_ms: number; rss_bytes: number } | null = null;
  for (const e of run.events) {
    if (e.event === 'start') started = true;
    else if (e.data.phase === 'baseline') baseline = e.data.rss_bytes;
    else created = { create_ms: e.data.create_ms ?? 0, rss_bytes: e.data.rss_bytes };
  }
  return { started, baseline, created };
}
