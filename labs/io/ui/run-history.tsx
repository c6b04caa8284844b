'use client';

import { download, toCsv } from '@/lib/client/download';
import { engineLabel } from '@/lib/experiments/engines';
import { formatMs } from '@/lib/format';
import type {
  FinishedRun,
  HistoryColumn,
  HistorySpec,
} from '@/components/lab-shell/run-history-table';
import { strategyMeta } from './strategy-meta';
import type { IoRun } from './use-io-runs';

type Finished = FinishedRun<IoRun>;

function settingsSummary({ variant, result: { params: p } }: Finished): string {
  const parts = [`${p.count} × ${p.delay_ms} ms`];
  if (p.jitter_ms) parts.push(`jitter ${p.jitter_ms}`);
  if (variant === 'threads') parts.push(`${p.workers} threads`);
  if (variant === 'async' && p.limit) parts.push(`limit ${p.limit}`);
  if (p.fail_rate) parts.push(`fail ${p.fail_rate}`);
  return parts.join(', ');
}

const columns: HistoryColumn<Finished>[] = [
  {
    header: 'Strategy',
    cell: (run) => strategyMeta[run.variant].label + (run.recording ? ' (recording)' : ''),
  },
  // Runs saved or recorded before the engine was a setting ran on Node.js.
  { header: 'Engine', cell: (run) => engineLabel(run.result.engine) },
  { header: 'Settings', cell: settingsSummary, wrap: true },
  { header: 'Ideal', cell: (run) => formatMs(run.result.ideal_ms) },
  { header: 'Overhead', cell: (run) => formatMs(run.result.overhead_ms) },
  { header: 'Failed', cell: (run) => run.result.failed },
];

function exportRun(run: Finished, format: 'csv' | 'json') {
  const name = `io-${run.variant}-${run.id}`;
  if (format === 'json')
    download(`${name}.json`, JSON.stringify(run.result, null, 2), 'application/json');
  else {
    const engine = engineLabel(run.result.engine);
    download(`${name}.csv`, toCsv(run.result.requests.map((r) => ({ engine, ...r }))), 'text/csv');
  }
}

/** Every finished run of this visit, newest first, with a bar to compare elapsed times at a glance. */
export const ioHistory: HistorySpec<Finished> = {
  columns,
  colorOf: (run) => strategyMeta[run.variant].color,
  onExport: exportRun,
};
