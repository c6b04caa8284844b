// A scale run as the browser keeps it (see lib/experiments/runs-state.ts): shared by the lab's
// hook and the shipped recording.
import type { RunRecord } from '@/lib/experiments/runs-state';
import type { ScaleEvent, ScaleResult } from './contract';
import type { ScaleSettings } from './settings';

/** What a scale run streams before its result: the child's start, then its baseline and creation progress. */
export type ScaleStreamed = Exclude<ScaleEvent, { event: 'done' }>;

/** A run's variant is its count (as typed), so "run all three sizes" is one settings object and three variants. */
export type ScaleRunRecord = RunRecord<string, ScaleSettings, ScaleStreamed, ScaleResult>;
