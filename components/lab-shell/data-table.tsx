'use client';

import { useState } from 'react';

/**
 * The numbers behind a chart, for screen readers and for reading exact values: a disclosure
 * whose table is built only when opened (a run can have thousands of rows).
 */
export function DataTable({
  label,
  columns,
  rows,
  summary = 'Data table',
}: {
  label: string;
  columns: readonly string[];
  rows: () => (string | number)[][];
  summary?: string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="mt-1 text-xs"
      data-stage-hide=""
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary className="cursor-pointer text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">
        {summary}
      </summary>
      {open ? (
        <div
          className="scroll-shadow-x mt-2 max-h-64 overflow-auto rounded border border-zinc-200 dark:border-zinc-800"
          tabIndex={0}
          role="region"
          aria-label={label}
        >
          <table className="w-full text-left whitespace-nowrap tabular-nums">
            <caption className="sr-only">{label}</caption>
            <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-900">
              <tr>
                {columns.map((column) => (
                  <th key={column} scope="col" className="px-2 py-1 font-medium">
                    {column}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows().map((row, index) => (
                <tr key={index} className="border-t border-zinc-100 dark:border-zinc-800">
                  {row.map((cell, column) => (
                    <td key={column} className="px-2 py-0.5">
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
