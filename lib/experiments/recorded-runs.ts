// Shipped recordings as run records: a file written by bench/recording-client.mjs (its
// `writeRecording`) becomes runs the lab draws like live ones, labelled as recordings.
import type { RunRecord } from './runs-state';

/** A recording file: when and where it was measured, and each run's variant, settings, streamed events and result. */
export interface RecordingFile<V extends string, S, E, R> {
  recorded_at: string;
  machine: string;
  runs: { variant: V; settings: S; events: E[]; result: R }[];
}

/** The recording's runs as finished run records (ids `recording-<lab>-<n>`), each labelled with when and where it was measured. */
export function recordedRuns<V extends string, S, E, R>(
  lab: string,
  file: RecordingFile<V, S, E, R>,
): RunRecord<V, S, E, R>[] {
  return file.runs.map((run, index) => ({
    id: `recording-${lab}-${index}`,
    ...run,
    status: 'done' as const,
    queued: null,
    error: null,
    recording: { recorded_at: file.recorded_at, machine: file.machine },
  }));
}

/** A recording file that keeps each run's result only: every event a live run streams is in it. */
export interface ResultRecordingFile {
  recorded_at: string;
  machine: string;
  runs: { variant: string; settings: unknown; result: unknown }[];
}

/** `recordedRuns` for a file of results only, each run's events rebuilt from its result by `eventsOf`. */
export function recordedResultRuns<V extends string, S, E, R>(
  lab: string,
  file: ResultRecordingFile,
  eventsOf: (result: R) => E[],
): RunRecord<V, S, E, R>[] {
  return recordedRuns(lab, {
    ...file,
    runs: file.runs.map((run) => ({
      variant: run.variant as V,
      settings: run.settings as S,
      events: eventsOf(run.result as R),
      result: run.result as R,
    })),
  });
}
