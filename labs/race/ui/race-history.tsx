'use client';

import { formatCount, formatSignedCount } from '@/lib/format';
import { download, toCsv } from '@/lib/client/download';
import { accountRows, raceConfigLabel } from '@/labs/race/outcome';
import type { RaceResult } from '@/labs/race/contract';
import { Swatch } from '@/components/lab-shell/lab-panel';
import { RunHistoryTable } from '@/components/lab-shell/run-history-table';
import { raceConfigStyle } from './race-meta';
import type { RaceRun } from './use-race-runs';

interface FinishedRace {
  id: string;
  run: RaceRun;
  result: RaceResult;
}

/** One line per run, for a spreadsheet. */
function summaryRow({ run, result }: FinishedRace) {
  return {
    run: run.id,
    recorded: run.recording?.recorded_at ?? '',
    engine: result.engine,
    runtime: result.runtime,
    strategy: result.strategy,
    lock: result.lock,
    yield_between: result.yield_between,
    workers: result.workers,
    transfers: result.transfers,
    completed_transfers: result.completed_transfers,
    difference: result.difference,
    lost_updates_at_least: result.lost_updates,
    elapsed_ms: result.elapsed_ms,
    setup_ms: result.setup_ms,
    timed_out: result.timed_out,
  };
}

function exportRun({ run, result }: FinishedRace, format: 'csv' | 'json') {
  const name = `race-${result.engine}-${result.strategy}-run${run.id}`;
  if (format === 'json')
    download(`${name}.json`, JSON.stringify(result, null, 2), 'application/json');
  else
    download(
      `${name}.csv`,
      toCsv(accountRows(result).map((row) => ({ ...row, account: row.account + 1 }))),
      'text/csv',
    );
}

/** Every finished run of this visit, newest first: the money gap at a glance, and exports (a run's balances, or all runs). */
export function RaceHistory({ runs, onClear }: { runs: RaceRun[]; onClear: () => void }) {
  const finished: FinishedRace[] = runs.flatMap((run) =>
    run.result ? [{ id: run.id, run, result: run.result }] : [],
  );
  if (finished.length === 0) return null;
  const largestGap = Math.max(1, ...finished.map(({ result }) => Math.abs(result.difference)));
  return (
    <>
      <RunHistoryTable
        runs={finished}
        elapsedOf={({ result }) => result.elapsed_ms}
        colorOf={({ result }) => raceConfigStyle(result).color}
        onExport={exportRun}
        onClear={onClear}
        columns={[
          {
            header: 'Configuration',
            cell: ({ run, result }) => (
              <span className="inline-flex items-center gap-1.5">
                <Swatch color={raceConfigStyle(result).color} />
                {raceConfigLabel(result)}
                {run.recording ? (
                  <span className="text-amber-800 dark:text-amber-300">(recording)</span>
                ) : null}
              </span>
            ),
          },
          {
            header: 'Transfers',
            cell: ({ result }) => `${formatCount(result.transfers)} by ${result.workers}`,
          },
          {
            header: 'Money gap',
            cell: ({ result }) => (
              <span className="flex items-center gap-2">
                <span className="w-14 shrink-0">{formatSignedCount(result.difference)}</span>
                <span
                  aria-hidden="true"
                  className="h-2 rounded-sm"
                  style={{
                    width: `${result.difference === 0 ? 0 : Math.max(2, (Math.abs(result.difference) / largestGap) * 80)}px`,
                    background:
                      result.difference > 0 ? 'var(--color-async)' : 'var(--color-failure)',
                  }}
                />
              </span>
            ),
          },
          { header: 'Lost ≥', cell: ({ result }) => formatCount(result.lost_updates) },
        ]}
      />
      <button
        type="button"
        className="mt-1 text-xs text-zinc-600 underline hover:text-indigo-700 dark:text-zinc-400 dark:hover:text-indigo-300"
        onClick={() => download('race-runs.csv', toCsv(finished.map(summaryRow)), 'text/csv')}
      >
        Export all runs as CSV
      </button>
    </>
  );
}
