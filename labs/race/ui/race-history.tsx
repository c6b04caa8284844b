'use client';

import { formatCount, formatSignedCount } from '@/lib/format';
import { accountRows, raceConfigLabel } from '@/labs/race/outcome';
import type { RaceResult } from '@/labs/race/contract';
import { LabRunHistory, RunLabel, type FinishedRun } from '@/components/lab-shell/lab-run-history';
import { raceConfigStyle } from './race-meta';
import type { RaceRun } from './use-race-runs';

type FinishedRace = FinishedRun<RaceRun, RaceResult>;

/** A run's line in a spreadsheet, after its id and recording date. */
function summaryRow({ result }: FinishedRace) {
  return {
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

/** Every finished run of this visit, newest first: the money gap at a glance, and exports (a run's balances, or all runs). */
export function RaceHistory({ runs, onClear }: { runs: RaceRun[]; onClear: () => void }) {
  const gaps = runs.flatMap(({ result }) => (result ? [Math.abs(result.difference)] : []));
  const largestGap = Math.max(1, ...gaps);
  return (
    <LabRunHistory
      lab="race"
      runs={runs}
      onClear={onClear}
      colorOf={(result) => raceConfigStyle(result).color}
      fileName={({ run, result }) => `race-${result.engine}-${result.strategy}-run${run.id}`}
      csvRows={({ result }) =>
        accountRows(result).map((row) => ({ ...row, account: row.account + 1 }))
      }
      summaryRow={summaryRow}
      columns={[
        {
          header: 'Configuration',
          cell: ({ run, result }) => (
            <RunLabel
              color={raceConfigStyle(result).color}
              label={raceConfigLabel(result)}
              recording={!!run.recording}
            />
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
                  background: result.difference > 0 ? 'var(--color-async)' : 'var(--color-failure)',
                }}
              />
            </span>
          ),
        },
        { header: 'Lost ≥', cell: ({ result }) => formatCount(result.lost_updates) },
      ]}
    />
  );
}
