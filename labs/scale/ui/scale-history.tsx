'use client';

import { download, toCsv } from '@/lib/client/download';
import { formatBytes, formatMs } from '@/lib/format';
import { scalePoint } from '@/labs/scale/chart-data';
import type { ScaleResult } from '@/labs/scale/contract';
import { SCALE_UNIT_NAMES } from '@/labs/scale/settings';
import { Swatch } from '@/components/lab-shell/lab-panel';
import { RunHistoryTable } from '@/components/lab-shell/run-history-table';
import { scaleSeriesMeta } from './scale-meta';
import type { ScaleRun } from './use-scale-runs';

interface FinishedScale {
  id: string;
  run: ScaleRun;
  result: ScaleResult;
}

/** One line per run, for a spreadsheet. */
function summaryRow({ run, result }: FinishedScale) {
  const point = scalePoint(result);
  return {
    run: run.id,
    recorded: run.recording?.recorded_at ?? '',
    runtime: result.runtime,
    kind: result.kind,
    engine: result.engine,
    count: result.count,
    create_ms: result.create_ms,
    create_us_per_unit: Math.round(point.create_us * 100) / 100,
    elapsed_ms: result.elapsed_ms,
    rss_baseline_bytes: result.rss_baseline_bytes,
    rss_peak_bytes: result.rss_peak_bytes,
    bytes_per_unit: result.bytes_per_unit,
    kernel_stack_delta_bytes: result.kernel_stack_delta_bytes,
    kernel_bytes_per_unit: point.kernel_bytes_per_unit,
  };
}

function exportRun(entry: FinishedScale, format: 'csv' | 'json') {
  const name = `scale-${entry.result.engine}-${entry.result.kind}-${entry.result.count}-run${entry.run.id}`;
  if (format === 'json')
    download(`${name}.json`, JSON.stringify(entry.result, null, 2), 'application/json');
  else download(`${name}.csv`, toCsv([summaryRow(entry)]), 'text/csv');
}

const colorOf = (result: ScaleResult) => scaleSeriesMeta[`${result.engine}-${result.kind}`].color;

/** Every finished run of this visit, newest first, with exports (one run, or all runs as one table). */
export function ScaleHistory({ runs, onClear }: { runs: ScaleRun[]; onClear: () => void }) {
  const finished: FinishedScale[] = runs.flatMap((run) =>
    run.result ? [{ id: run.id, run, result: run.result }] : [],
  );
  if (finished.length === 0) return null;
  return (
    <>
      <RunHistoryTable
        runs={finished}
        elapsedOf={({ result }) => result.elapsed_ms}
        colorOf={({ result }) => colorOf(result)}
        onExport={exportRun}
        onClear={onClear}
        columns={[
          {
            header: 'Units',
            // A long label ("threading.Thread (CPython)", "(recording)") wraps rather than
            // pushing the Export column out of the box at 1440 px.
            wrap: true,
            cell: ({ run, result }) => (
              <span className="inline-flex items-center gap-1.5">
                <Swatch color={colorOf(result)} />
                {SCALE_UNIT_NAMES[result.kind][result.engine].series}
                {run.recording ? (
                  <span className="text-amber-800 dark:text-amber-300">(recording)</span>
                ) : null}
              </span>
            ),
          },
          { header: 'N', cell: ({ result }) => result.count.toLocaleString('en-US') },
          {
            header: 'Created in',
            cell: ({ result }) => formatMs(result.create_ms),
          },
          { header: 'Memory per unit', cell: ({ result }) => formatBytes(result.bytes_per_unit) },
          {
            header: 'Kernel per unit',
            cell: ({ result }) => {
              const kernel = scalePoint(result).kernel_bytes_per_unit;
              return result.kind === 'threads' && kernel !== null ? formatBytes(kernel) : '—';
            },
          },
        ]}
      />
      <button
        type="button"
        className="mt-1 text-xs text-zinc-600 underline hover:text-indigo-700 dark:text-zinc-400 dark:hover:text-indigo-300"
        onClick={() => download('scale-runs.csv', toCsv(finished.map(summaryRow)), 'text/csv')}
      >
        Export all runs as CSV
      </button>
    </>
  );
}
