'use client';

import type { ReactNode } from 'react';
import { download, toCsv } from '@/lib/client/download';
import { Swatch } from './lab-panel';
import { RunHistoryTable, type HistoryColumn } from './run-history-table';

/** A run that has a result, as a row of the history sees it. */
export interface FinishedRun<Run, Result> {
  id: string;
  run: Run;
  result: Result;
}

type Row = Record<string, unknown>;

/**
 * The run history of a lab that exports each run on its own (the result as JSON, or CSV rows:
 * the lab's, else its summary line) and all runs as one CSV of summary lines, `<lab>-runs.csv`.
 */
export function LabRunHistory<
  Run extends { id: string; result: Result | null; recording: { recorded_at: string } | null },
  Result extends { elapsed_ms: number },
>({
  lab,
  runs,
  onClear,
  columns,
  colorOf,
  fileName,
  csvRows,
  summaryRow,
}: {
  lab: string;
  runs: readonly Run[];
  onClear: () => void;
  columns: readonly HistoryColumn<FinishedRun<Run, Result>>[];
  colorOf: (result: Result) => string;
  /** The export's file name for one run, without the extension. */
  fileName: (entry: FinishedRun<Run, Result>) => string;
  /** The rows of one run's CSV export (by default its summary line). */
  csvRows?: (entry: FinishedRun<Run, Result>) => readonly Row[];
  /** A run's measurements for a line of a CSV, after the run's id and when it was recorded. */
  summaryRow: (entry: FinishedRun<Run, Result>) => Row;
}) {
  const summary = (entry: FinishedRun<Run, Result>) => ({
    run: entry.run.id,
    recorded: entry.run.recording?.recorded_at ?? '',
    ...summaryRow(entry),
  });
  const finished = runs.flatMap((run) =>
    run.result ? [{ id: run.id, run, result: run.result }] : [],
  );
  if (finished.length === 0) return null;
  const exportRun = (entry: FinishedRun<Run, Result>, format: 'csv' | 'json') => {
    const name = fileName(entry);
    if (format === 'json')
      download(`${name}.json`, JSON.stringify(entry.result, null, 2), 'application/json');
    else download(`${name}.csv`, toCsv(csvRows ? csvRows(entry) : [summary(entry)]), 'text/csv');
  };
  return (
    <>
      <RunHistoryTable
        runs={finished}
        elapsedOf={({ result }) => result.elapsed_ms}
        colorOf={({ result }) => colorOf(result)}
        onExport={exportRun}
        onClear={onClear}
        columns={columns}
      />
      <button
        type="button"
        className="mt-1 text-xs text-zinc-600 underline hover:text-indigo-700 dark:text-zinc-400 dark:hover:text-indigo-300"
        data-stage-hide=""
        onClick={() => download(`${lab}-runs.csv`, toCsv(finished.map(summary)), 'text/csv')}
      >
        Export all runs as CSV
      </button>
    </>
  );
}

/** The first cell of a history row: the run's colour and name, and "(recording)" for a shipped one. */
export function RunLabel({
  color,
  label,
  recording,
}: {
  color: string;
  label: ReactNode;
  recording: boolean;
}) {
  return (
    <span className="inline-flex items-center gap-1.5">
      <Swatch color={color} />
      {label}
      {recording ? <span className="text-amber-800 dark:text-amber-300">(recording)</span> : null}
    </span>
  );
}
