'use client';

import type { TimelineBar } from '@/components/charts/lane-timeline';
import { formatCount, formatMs, formatSignedCount } from '@/lib/format';
import { LOST_UPDATES_RULE } from '@/labs/race/lost-updates';
import {
  LOCK_NAME,
  lockCost,
  moneyVerdict,
  raceCanInterleave,
  type MoneyVerdict,
} from '@/labs/race/outcome';
import type { RaceResult } from '@/labs/race/contract';
import type { WorkerFinished } from '@/labs/race/contract';
import { TimelineFigure } from '@/components/lab-shell/timeline-figure';
import { RecordingNote, Swatch } from '@/components/lab-shell/lab-panel';
import { AccountBalances } from './account-balances';
import { raceConfigStyle } from './race-meta';
import { finishedWorkers, startOf, type RaceRun } from './use-race-runs';

const verdicts: Record<MoneyVerdict, { title: string; explain: string; className: string }> = {
  created: {
    title: 'money created',
    explain:
      'More money than the bank ever had: a debit was lost, so money that left an account is still in it.',
    className: 'text-emerald-700 dark:text-emerald-300',
  },
  destroyed: {
    title: 'money destroyed',
    explain:
      'Less money than the bank started with: a credit was lost, so money that arrived in an account vanished.',
    className: 'text-rose-700 dark:text-rose-300',
  },
  hidden: {
    title: 'the total matches, the books do not',
    explain:
      'Lost amounts happened to cancel out in the total, but individual balances are wrong (see the gaps below).',
    className: 'text-amber-700 dark:text-amber-300',
  },
  kept: {
    title: 'every transfer accounted for',
    explain: 'No update was lost: each account holds exactly what its transfers meant it to.',
    className: 'text-zinc-900 dark:text-zinc-100',
  },
};

const card =
  'rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-950/60';
const cardTitle = 'text-xs font-medium text-zinc-600 dark:text-zinc-400';

/** The latest race run: the money gap, the lost updates, the time and the lock's price, the server's note, and each account. */
export function RaceResultView({ run, results }: { run: RaceRun; results: readonly RaceResult[] }) {
  const start = startOf(run);
  const workers = finishedWorkers(run);
  const result = run.result;
  const config = result ?? start;
  const style = config ? raceConfigStyle(config) : null;
  return (
    <div className="mt-4" data-testid="race-result" data-state={run.status}>
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        {style ? (
          <h4 className="flex items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            <Swatch color={style.color} className="size-3" />
            {style.label}
          </h4>
        ) : null}
        {result ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400">
            {result.runtime} · {result.workers}{' '}
            {result.strategy === 'threads' ? 'threads' : 'tasks'} ·{' '}
            {formatCount(result.completed_transfers)} transfers
          </p>
        ) : null}
        <RecordingNote recording={run.recording} />
      </div>

      {result ? (
        <Outcome result={result} results={results} color={style?.color ?? 'currentColor'} />
      ) : null}

      {start && workers.length > 0 ? (
        <WorkerFinishes
          workers={workers}
          total={start.workers}
          strategy={start.strategy}
          color={style?.color ?? 'currentColor'}
          elapsedMs={result?.elapsed_ms}
        />
      ) : null}
    </div>
  );
}

function Outcome({
  result,
  results,
  color,
}: {
  result: RaceResult;
  results: readonly RaceResult[];
  color: string;
}) {
  const verdict = verdicts[moneyVerdict(result)];
  // Balanced books where nothing prevented a race: the workers just never overlapped in a transfer.
  const lucky = moneyVerdict(result) === 'kept' && raceCanInterleave(result);
  const cost = lockCost(result, results);
  const perTransferUs =
    result.completed_transfers > 0
      ? (result.elapsed_ms * 1000) / result.completed_transfers
      : Number.NaN;
  const wrongAccounts = result.balances_after.filter(
    (b, i) => b !== result.balances_expected[i],
  ).length;
  return (
    <>
      <div className="mt-3 grid gap-3 sm:grid-cols-3">
        <div className={card} data-testid="money-gap" data-difference={result.difference}>
          <p className={cardTitle}>Money gap (after − before)</p>
          <p className={`text-3xl font-bold tracking-tight tabular-nums ${verdict.className}`}>
            {result.difference === 0 ? '0' : formatSignedCount(result.difference)}
          </p>
          <p className={`text-sm font-medium ${verdict.className}`}>{verdict.title}</p>
          <p className="mt-1 text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            total {formatCount(result.expected_total)} → {formatCount(result.actual_total)}
          </p>
        </div>
        <div className={card} data-testid="lost-updates" data-lost={result.lost_updates}>
          <p className={cardTitle}>Lost updates</p>
          <p className="text-3xl font-bold tracking-tight text-zinc-900 tabular-nums dark:text-zinc-100">
            {result.lost_updates === 0 ? '0' : `≥ ${formatCount(result.lost_updates)}`}
          </p>
          <p className="text-sm text-zinc-700 dark:text-zinc-300">
            {result.lost_updates === 0
              ? 'none'
              : `a lower bound, from ${wrongAccounts} of ${result.balances_after.length} accounts`}
          </p>
        </div>
        <div className={card} data-testid="race-time" data-elapsed={result.elapsed_ms}>
          <p className={cardTitle}>Time, all workers</p>
          <p className="text-3xl font-bold tracking-tight text-zinc-900 tabular-nums dark:text-zinc-100">
            {formatMs(result.elapsed_ms)}
          </p>
          <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {Number.isFinite(perTransferUs)
              ? `${perTransferUs < 10 ? perTransferUs.toFixed(2) : Math.round(perTransferUs)} µs per transfer · `
              : ''}
            start-up {formatMs(result.setup_ms)} not counted
          </p>
        </div>
      </div>

      <div className="mt-3 space-y-2 text-sm text-zinc-700 dark:text-zinc-300">
        <p data-testid="race-verdict" data-slide-hidden="">
          {verdict.explain}
          {lucky ? (
            <>
              {' '}
              <strong>That was luck, not safety:</strong> nothing stopped two transfers from
              interleaving; this time they did not (on a busy server, threads often take turns on
              one core instead of running at once). Run it again, or with more workers or transfers.
            </>
          ) : null}
        </p>
        {result.lost_updates > 0 ? (
          <p className="text-xs text-zinc-600 dark:text-zinc-400" data-slide-hidden="">
            Why “at least”: the server sees only the final balances, not each write. Its rule:{' '}
            {LOST_UPDATES_RULE}. Lost amounts of opposite sign can cancel each other, so the real
            number can be higher.
          </p>
        ) : null}
        <p data-testid="lock-cost">
          {cost ? (
            <>
              <strong>What the lock cost:</strong> {formatMs(cost.locked_ms)} with{' '}
              {LOCK_NAME[result.engine][result.strategy]} against {formatMs(cost.unlocked_ms)}{' '}
              without ({cost.extra_ms >= 0 ? '+' : '−'}
              {formatMs(Math.abs(cost.extra_ms))}, ×{cost.ratio.toFixed(2)}; medians of{' '}
              {cost.locked_runs} and {cost.unlocked_runs} run
              {cost.locked_runs + cost.unlocked_runs > 2 ? 's' : ''} with the same settings).
            </>
          ) : (
            <span className="text-zinc-600 dark:text-zinc-400">
              Run the same settings with the lock {result.lock ? 'off' : 'on'} to see what the lock
              costs.
            </span>
          )}
        </p>
        {result.timed_out ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-2 py-1 text-amber-950 dark:border-amber-800 dark:bg-amber-950/40 dark:text-amber-100">
            Stopped at the time cap after {formatCount(result.completed_transfers)} of{' '}
            {formatCount(result.transfers)} transfers; the books above cover the transfers that ran.
          </p>
        ) : null}
        <p
          className="rounded-md border-l-4 border-zinc-300 bg-zinc-100/70 px-3 py-1.5 dark:border-zinc-700 dark:bg-zinc-900"
          data-testid="race-note"
          data-slide-hidden=""
        >
          <span className="font-medium">Why, for this engine and strategy: </span>
          {result.note}
        </p>
      </div>

      <div className="mt-4" data-slide-hidden="">
        <AccountBalances balances={result} color={color} />
      </div>
    </>
  );
}

/** When each worker finished its share, drawn as the events arrive. */
function WorkerFinishes({
  workers,
  total,
  strategy,
  color,
  elapsedMs,
}: {
  workers: WorkerFinished[];
  total: number;
  strategy: string;
  color: string;
  elapsedMs: number | undefined;
}) {
  const noun = strategy === 'threads' ? 'thread' : 'task';
  const lanes = Array.from({ length: total }, (_, i) => ({
    id: String(i),
    label: `${noun} ${i + 1}`,
  }));
  const bars: TimelineBar[] = workers.map((w) => ({
    key: String(w.worker),
    lane: String(w.worker),
    start: 0,
    end: w.finished_ms,
    label: `${noun} ${w.worker + 1}: ${formatCount(w.transfers)} transfers, done at ${formatMs(w.finished_ms)}`,
  }));
  const domainMs = Math.max(elapsedMs ?? 0, ...workers.map((w) => w.finished_ms), 0.1) * 1.02;
  return (
    <TimelineFigure
      caption={
        <>
          <span className="font-semibold text-zinc-900 dark:text-zinc-100">
            When each {noun} finished
          </span>{' '}
          ({workers.length} of {total}). Each bar runs from the moment all were released together to
          the moment that {noun} finished its share.
          {strategy === 'async'
            ? ' Async tasks take turns on one thread: their bars overlap in time, but only one runs at any moment.'
            : ''}
        </>
      }
      timeline={{
        lanes,
        bars,
        domainMs,
        color,
        maxHeight: Math.min(200, 24 + total * 16),
        label: `Finish time of each of ${total} ${noun}s`,
      }}
      table={{
        summary: 'Data table: workers',
        label: 'Workers',
        columns: [noun, 'transfers', 'finished (ms)'],
        rows: () =>
          [...workers]
            .sort((a, b) => a.worker - b.worker)
            .map((w) => [w.worker + 1, formatCount(w.transfers), w.finished_ms.toFixed(2)]),
      }}
    />
  );
}
