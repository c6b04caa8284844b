'use client';

import { Fragment, type ReactNode } from 'react';
import { formatMs } from '@/lib/format';

/** One column of a lab's run history. */
export interface HistoryColumn<Run> {
  header: string;
  /** `number`: the run's place in the history, counted from 1 (the oldest). */
  cell: (run: Run, number: number) => ReactNode;
  /** Let long text wrap (numbers never do). */
  wrap?: boolean;
}

/** What a lab says about its finished runs: its columns, each run's colour, how to export one. */
export interface HistorySpec<Run> {
  columns: readonly HistoryColumn<Run>[];
  colorOf: (run: Run) => string;
  onExport: (run: Run, format: 'csv' | 'json') => void;
}

/** A run that ended with the server's result. */
export type FinishedRun<Run extends { result: unknown }> = Run & {
  result: NonNullable<Run['result']>;
};

/** A lab's runs in the history table: those that finished, with the elapsed time of their result. */
export function FinishedRunHistory<
  Run extends { id: string; result: { elapsed_ms: number } | null },
>({
  runs,
  onClear,
  ...spec
}: { runs: readonly Run[]; onClear: () => void } & HistorySpec<FinishedRun<Run>>) {
  return (
    <RunHistoryTable
      {...spec}
      runs={runs.filter((run): run is FinishedRun<Run> => run.result !== null)}
      elapsedOf={(run) => run.result.elapsed_ms}
      onClear={onClear}
    />
  );
}

const linkButton = 'underline hover:text-indigo-700 dark:hover:text-indigo-300';

/**
 * Every finished run of this visit, newest first: the lab's columns, the elapsed time with a
 * bar to compare runs at a glance, and CSV/JSON export of each run.
 */
export function RunHistoryTable<Run extends { id: string }>({
  runs,
  columns,
  elapsedOf,
  colorOf,
  onExport,
  onClear,
}: HistorySpec<Run> & {
  runs: readonly Run[];
  elapsedOf: (run: Run) => number;
  onClear: () => void;
}) {
  if (runs.length === 0) return null;
  const longest = Math.max(...runs.map(elapsedOf));
  // The lab's first two columns, then the elapsed time, then the rest, framed by # and export.
  const shown: HistoryColumn<Run>[] = [
    { header: '#', cell: (_, number) => number, wrap: true },
    ...columns.slice(0, 2),
    {
      header: 'Elapsed',
      wrap: true,
      cell: (run) => (
        <div className="flex items-center gap-2 whitespace-nowrap">
          <span className="w-14 shrink-0">{formatMs(elapsedOf(run))}</span>
          <span
            aria-hidden="true"
            className="h-2 rounded-sm"
            style={{
              width: `${Math.max(2, (elapsedOf(run) / longest) * 64)}px`,
              background: colorOf(run),
            }}
          />
        </div>
      ),
    },
    ...columns.slice(2),
    {
      header: 'Export',
      cell: (run, number) =>
        (['csv', 'json'] as const).map((format, index) => (
          <Fragment key={format}>
            {index > 0 ? ' ' : null}
            <button
              type="button"
              className={linkButton}
              onClick={() => onExport(run, format)}
              aria-label={`Export run ${number} as ${format.toUpperCase()}`}
            >
              {format.toUpperCase()}
            </button>
          </Fragment>
        )),
    },
  ];
  return (
    // A plain block, not a <section>: the table's own region is the one landmark named "Run history".
    <div className="mt-6" data-stage-hide="" data-run-history="">
      <div className="flex items-baseline justify-between">
        <h4 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">Run history</h4>
        <button
          type="button"
          onClick={onClear}
          className="text-xs text-zinc-600 underline hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100"
        >
          Clear history
        </button>
      </div>
      <div
        className="scroll-shadow-x mt-2 overflow-x-auto rounded-md border border-zinc-200 dark:border-zinc-800"
        tabIndex={0}
        role="region"
        aria-label="Run history"
      >
        <table className="w-full min-w-[34rem] text-left text-xs tabular-nums">
          <thead className="bg-zinc-50 text-zinc-600 dark:bg-zinc-900 dark:text-zinc-400">
            <tr>
              {shown.map((column) => (
                <th key={column.header} scope="col" className="px-2 py-1.5 font-medium">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {runs
              .map((run, index) => ({ run, number: index + 1 }))
              .reverse()
              .map(({ run, number }) => (
                <tr key={run.id} className="border-t border-zinc-100 dark:border-zinc-800">
                  {shown.map((column) => (
                    <td
                      key={column.header}
                      className={`px-2 py-1 ${column.wrap ? '' : 'whitespace-nowrap'}`}
                    >
                      {column.cell(run, number)}
                    </td>
                  ))}
                </tr>
              ))}
          </tbody>
        </table>
      </div>
      <p className="mt-1 text-xs text-zinc-600 sm:hidden dark:text-zinc-400">
        Scroll the table sideways for every column.
      </p>
    </div>
  );
}
