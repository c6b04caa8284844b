'use client';

import type { ReactNode } from 'react';
import { formatMs } from '@/lib/format';

/** One column of a lab's run history. */
export interface HistoryColumn<Run> {
  header: string;
  cell: (run: Run) => ReactNode;
  /** Let long text wrap (numbers never do). */
  wrap?: boolean;
}

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
}: {
  runs: readonly Run[];
  columns: readonly HistoryColumn<Run>[];
  elapsedOf: (run: Run) => number;
  colorOf: (run: Run) => string;
  onExport: (run: Run, format: 'csv' | 'json') => void;
  onClear: () => void;
}) {
  if (runs.length === 0) return null;
  const longest = Math.max(...runs.map(elapsedOf));
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
              <th scope="col" className="px-2 py-1.5 font-medium">
                #
              </th>
              {columns.slice(0, 2).map((column) => (
                <th key={column.header} scope="col" className="px-2 py-1.5 font-medium">
                  {column.header}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 font-medium">
                Elapsed
              </th>
              {columns.slice(2).map((column) => (
                <th key={column.header} scope="col" className="px-2 py-1.5 font-medium">
                  {column.header}
                </th>
              ))}
              <th scope="col" className="px-2 py-1.5 font-medium">
                Export
              </th>
            </tr>
          </thead>
          <tbody>
            {runs
              .map((run, index) => ({ run, number: index + 1 }))
              .reverse()
              .map(({ run, number }) => (
                <tr key={run.id} className="border-t border-zinc-100 dark:border-zinc-800">
                  <td className="px-2 py-1">{number}</td>
                  {columns.slice(0, 2).map((column) => (
                    <td
                      key={column.header}
                      className={`px-2 py-1 ${column.wrap ? '' : 'whitespace-nowrap'}`}
                    >
                      {column.cell(run)}
                    </td>
                  ))}
                  <td className="px-2 py-1">
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
                  </td>
                  {columns.slice(2).map((column) => (
                    <td
                      key={column.header}
                      className={`px-2 py-1 ${column.wrap ? '' : 'whitespace-nowrap'}`}
                    >
                      {column.cell(run)}
                    </td>
                  ))}
                  <td className="px-2 py-1 whitespace-nowrap">
                    <button
                      type="button"
                      className="underline hover:text-indigo-700 dark:hover:text-indigo-300"
                      onClick={() => onExport(run, 'csv')}
                      aria-label={`Export run ${number} as CSV`}
                    >
                      CSV
                    </button>{' '}
                    <button
                      type="button"
                      className="underline hover:text-indigo-700 dark:hover:text-indigo-300"
                      onClick={() => onExport(run, 'json')}
                      aria-label={`Export run ${number} as JSON`}
                    >
                      JSON
                    </button>
                  </td>
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
