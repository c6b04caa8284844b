'use client';

import type { ScaleRunRecord } from '@/labs/scale/run-record';
import { scaleQueryString } from '@/labs/scale/settings';
import { labRunsHook } from '@/components/lab-shell/lab-runs-hook';

export type ScaleRun = ScaleRunRecord;

/** The scale lab's runs (a run's variant is its N), with the child's progress as it streams. */
export const useScaleRuns = labRunsHook<ScaleRun>('scale', scaleQueryString, ['start', 'progress']);

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
