'use client';

import { download, toCsv } from '@/lib/client/download';
import { engineLabel } from '@/lib/experiments/engines';
import { formatMs } from '@/lib/format';
import { othersLateness } from '@/labs/blocking/summary';
import type {
  FinishedRun,
  HistoryColumn,
  HistorySpec,
} from '@/components/lab-shell/run-history-table';
import { modeMeta } from './mode-meta';
import type { BlockingRun } from './use-blocking-runs';

type Finished = FinishedRun<BlockingRun>;

const lateOf = (run: Finished) =>
  othersLateness(run.result.tasks, run.result.params.delay_ms, run.result.blocking_task);

const columns: HistoryColumn<Finished>[] = [
  {
    header: 'Mode',
    cell: (run) => modeMeta[run.variant].label + (run.recording ? ' (recording)' : ''),
  },
  {
    header: 'Engine',
    cell: ({ result }) => engineLabel(result.engine),
  },
  {
    header: 'Settings',
    cell: ({ result: { params: p } }) => `${p.tasks} × ${p.delay_ms} ms, block ${p.block_ms} ms`,
    wrap: true,
  },
  { header: 'Others late by', cell: (run) => formatMs(lateOf(run)?.max_late_ms ?? Number.NaN) },
  { header: 'Loop lag', cell: (run) => formatMs(run.result.max_lag_ms) },
  { header: 'Site loop lag', cell: (run) => formatMs(run.result.main_loop_max_lag_ms) },
];

function exportRun(run: Finished, format: 'csv' | 'json') {
  const name = `blocking-${run.variant}-${run.id}`;
  if (format === 'json')
    return download(`${name}.json`, JSON.stringify(run.result, null, 2), 'application/json');
  const { tasks, params, blocking_task } = run.result;
  const rows = tasks.map((t) => ({
    ...t,
    blocks: t.task_id === blocking_task,
    late_ms: Math.round((t.end_ms - t.start_ms - params.delay_ms) * 100) / 100,
  }));
  download(`${name}.csv`, toCsv(rows), 'text/csv');
}

/** Every finished blocking run of this visit, with export. */
export const blockingHistory: HistorySpec<Finished> = {
  columns,
  colorOf: (run) => modeMeta[run.variant].color,
  onExport: exportRun,
};
