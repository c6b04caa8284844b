'use client';

import { formatBytes, formatMs } from '@/lib/format';
import { scalePoint } from '@/labs/scale/chart-data';
import type { ScaleResult } from '@/labs/scale/contract';
import { SCALE_UNIT_NAMES } from '@/labs/scale/settings';
import { LabRunHistory, RunLabel, type FinishedRun } from '@/components/lab-shell/lab-run-history';
import { scaleSeriesMeta } from './scale-meta';
import type { ScaleRun } from './use-scale-runs';

type FinishedScale = FinishedRun<ScaleRun, ScaleResult>;

/** A run's line in a spreadsheet, after its id and recording date. */
function summaryRow({ result }: FinishedScale) {
  const point = scalePoint(result);
  return {
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

const colorOf = (result: ScaleResult) => scaleSeriesMeta[`${result.engine}-${result.kind}`].color;

/** Every finished run of this visit, newest first, with exports (one run, or all runs as one table). */
export function ScaleHistory({ runs, onClear }: { runs: ScaleRun[]; onClear: () => void }) {
  return (
    <LabRunHistory
      lab="scale"
      runs={runs}
      onClear={onClear}
      colorOf={colorOf}
      fileName={({ run, result }) =>
        `scale-${result.engine}-${result.kind}-${result.count}-run${run.id}`
      }
      summaryRow={summaryRow}
      columns={[
        {
          header: 'Units',
          // A long label ("threading.Thread (CPython)", "(recording)") wraps rather than
          // pushing the Export column out of the box at 1440 px.
          wrap: true,
          cell: ({ run, result }) => (
            <RunLabel
              color={colorOf(result)}
              label={SCALE_UNIT_NAMES[result.kind][result.engine].series}
              recording={!!run.recording}
            />
          ),
        },
        { header: 'N', cell: ({ result }) => result.count.toLocaleString('en-US') },
        { header: 'Created in', cell: ({ result }) => formatMs(result.create_ms) },
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
  );
}
