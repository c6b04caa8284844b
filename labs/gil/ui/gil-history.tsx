'use client';

import { download, toCsv } from '@/lib/client/download';
import { formatMs } from '@/lib/format';
import { turnsPerLane } from '@/labs/gil/summary';
import type {
  FinishedRun,
  HistoryColumn,
  HistorySpec,
} from '@/components/lab-shell/run-history-table';
import { engineBadge } from './gil-run-timeline';
import { strategyMeta } from './strategy-meta';
import type { GilRun } from './use-gil-lab';

type Finished = FinishedRun<GilRun>;

const columns: HistoryColumn<Finished>[] = [
  {
    header: 'Strategy',
    cell: (run) => strategyMeta[run.variant].label + (run.recording ? ' (recording)' : ''),
  },
  {
    header: 'Settings',
    cell: ({ result: r }) =>
      `${engineBadge(r)}, ${r.params.tasks} × ${r.params.work_ms} ms, switch ${r.params.switch_interval_ms} ms`,
    wrap: true,
  },
  { header: 'Busy on average', cell: (run) => run.result.parallelism },
  { header: 'At once', cell: (run) => formatMs(run.result.parallel_ms) },
  { header: 'Turns', cell: (run) => turnsPerLane(run.result.threads).total },
  { header: 'Start-up', cell: (run) => formatMs(run.result.setup_ms) },
];

function exportRun(run: Finished, format: 'csv' | 'json') {
  const name = `gil-${run.result.engine}-${run.variant}-${run.id}`;
  if (format === 'json')
    return download(`${name}.json`, JSON.stringify(run.result, null, 2), 'application/json');
  // One row per span in which a lane computed: the timeline's bars.
  const rows = run.result.threads.flatMap((lane) =>
    lane.runs.map(([start_ms, end_ms]) => ({
      lane: lane.lane,
      pid: lane.pid,
      thread_id: lane.thread_id,
      start_ms,
      end_ms,
    })),
  );
  download(`${name}.csv`, toCsv(rows), 'text/csv');
}

/** Every finished GIL-lab run of this visit, with export. */
export const gilHistory: HistorySpec<Finished> = {
  columns,
  colorOf: (run) => strategyMeta[run.variant].color,
  onExport: exportRun,
};
