'use client';

import dynamic from 'next/dynamic';
import { useEffect, useId, useState } from 'react';
import { formatMs } from '@/lib/format';
import { recordedIoRuns } from '@/lib/io/recording';
import { eventTimes } from '@/lib/replay/timeline';
import { ReplayControls } from '../replay-controls';
import { useReplay } from '../use-replay';
import { IO_STRATEGIES, type IoStrategyName } from '@/lib/io/types';
import { IoRunTimeline } from './io-run-timeline';
import { IoSettingsForm } from './io-settings-form';
import { PredictFirst, type Guesses } from './predict-first';
import { RunHistory } from './run-history';
import { strategyMeta } from './strategy-meta';
import { TOTALS_CHART_HEIGHT, type TotalsRow } from './totals-chart';
import { useIoRuns, type IoRun } from './use-io-runs';
import { useIoSettings } from './use-io-settings';

// recharts is loaded only when there is something to draw, behind a box of the same size.
const TotalsChart = dynamic(() => import('./totals-chart'), {
  ssr: false,
  loading: () => <div style={{ height: TOTALS_CHART_HEIGHT }} className="animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800/60" />,
});

const buttonBase =
  'inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50';

function latestOf(runs: IoRun[], strategy: IoStrategyName): IoRun | undefined {
  return runs.findLast((run) => run.strategy === strategy);
}

/** The live I/O experiment: settings, run buttons, a timeline per strategy, totals and history. */
export function FetchExperimentPanel() {
  const { settings, update, reset } = useIoSettings();
  const { runs, busy, run, cancel, clear, showRecording } = useIoRuns();
  const [guesses, setGuesses] = useState<Guesses>({ sequential: '', threads: '', async: '' });
  const idPrefix = useId();

  const latest = Object.fromEntries(IO_STRATEGIES.map((s) => [s, latestOf(runs, s)])) as Record<IoStrategyName, IoRun | undefined>;
  const current = runs.at(-1);
  const domainMs =
    Math.max(
      1,
      ...Object.values(latest).flatMap((r) => (r ? [r.result?.elapsed_ms ?? 0, ...r.requests.map((q) => q.end_ms)] : [])),
    ) * 1.02;
  const totals: TotalsRow[] = IO_STRATEGIES.flatMap((s) => {
    const result = latest[s]?.result;
    if (!result) return [];
    const guess = Number(guesses[s]);
    return [{ label: strategyMeta[s].label, color: strategyMeta[s].color, elapsed: result.elapsed_ms, ideal: result.ideal_ms, guess: guesses[s] && guess > 0 ? guess : null }];
  });
  const failure = current?.status === 'error' ? current.error : null;
  const shownRequests = Object.values(latest).flatMap((r) => (r?.status === 'done' ? r.requests : []));
  const replay = useReplay(domainMs / 1.02);
  const replaying = !busy && shownRequests.length > 0;
  const { exit: exitReplay } = replay;
  // A new run shows live; a replay in progress would hide it.
  useEffect(() => {
    if (busy) exitReplay();
  }, [busy, exitReplay]);
  const running = busy && current?.status === 'running' ? current : undefined;
  const expected = Number(running?.settings.count) || 0;

  return (
    <section
      aria-labelledby={`${idPrefix}-title`}
      className="not-prose my-8 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40"
      data-experiment="io"
    >
      <p className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">Live experiment</p>
      <h3 id={`${idPrefix}-title`} className="mt-1 text-lg font-semibold text-zinc-900 dark:text-white">
        Fetch {settings.count || 'N'} URLs three ways
      </h3>
      <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400">
        Each button makes this server fetch from its local slow upstream over real sockets and streams every response&apos;s
        timing back as it arrives.
      </p>

      <PredictFirst guesses={guesses} onChange={setGuesses} idPrefix={idPrefix} />

      <div className="mt-4">
        <IoSettingsForm settings={settings} issues={failure?.issues ?? []} disabled={busy} onChange={update} idPrefix={idPrefix} />
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-2">
        <button
          type="button"
          disabled={busy}
          onClick={() => void run([...IO_STRATEGIES], settings)}
          className={`${buttonBase} bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300`}
        >
          Run all three
        </button>
        {IO_STRATEGIES.map((strategy) => (
          <button
            key={strategy}
            type="button"
            disabled={busy}
            onClick={() => void run([strategy], settings)}
            className={`${buttonBase} border border-zinc-300 bg-white text-zinc-800 hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100`}
          >
            <span aria-hidden="true" className="mr-1.5 inline-block size-2.5 rounded-sm" style={{ background: strategyMeta[strategy].color }} />
            {strategyMeta[strategy].label}
          </button>
        ))}
        {busy ? (
          <button type="button" onClick={cancel} className={`${buttonBase} border border-rose-300 text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950`}>
            Cancel
          </button>
        ) : (
          <button type="button" onClick={reset} className={`${buttonBase} text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100`}>
            Reset settings
          </button>
        )}
      </div>

      <div className="mt-3 min-h-6 text-sm" aria-live="polite">
        {running ? (
          <div className="flex items-center gap-3">
            <span>
              Running <strong>{strategyMeta[running.strategy].label.toLowerCase()}</strong>…
            </span>
            <progress className="h-2 w-40 accent-indigo-600" max={expected || 1} value={running.requests.length} aria-label="Responses received">
              {running.requests.length} of {expected}
            </progress>
          </div>
        ) : current?.status === 'done' && current.result ? (
          <span className="text-zinc-600 dark:text-zinc-400">
            {strategyMeta[current.strategy].label} finished in {formatMs(current.result.elapsed_ms)}
            {current.result.failed ? `, ${current.result.failed} requests failed` : ''}.
          </span>
        ) : current?.status === 'cancelled' ? (
          <span className="text-zinc-600 dark:text-zinc-400">Cancelled; the server stopped the run&apos;s requests.</span>
        ) : null}
      </div>

      {failure ? (
        <div role="alert" className="mt-2 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100">
          <p className="font-medium">
            {failure.status === 400 ? 'The server did not accept these settings.' : failure.status === 429 ? 'The server is busy right now.' : 'The run failed.'}
          </p>
          <p>
            {failure.message}
            {failure.retryAfterS ? ` Try again in ${failure.retryAfterS} s.` : ''}
          </p>
          {failure.status === null ? (
            <button
              type="button"
              onClick={() => showRecording(recordedIoRuns())}
              className="mt-2 rounded-md border border-rose-400 px-2 py-1 text-sm font-medium hover:bg-rose-100 dark:border-rose-700 dark:hover:bg-rose-900/50"
            >
              Show a recorded run instead
            </button>
          ) : null}
          {failure.issues.length > 0 ? (
            <ul className="mt-1 list-disc pl-5">
              {failure.issues.map((issue) => (
                <li key={issue.path + issue.message}>
                  <code>{issue.path}</code>: {issue.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}

      {replaying ? (
        <div className="mt-4">
          <ReplayControls replay={replay} durationMs={domainMs / 1.02} times={eventTimes(shownRequests)} />
        </div>
      ) : null}

      <div className="mt-4 divide-y divide-zinc-200 dark:divide-zinc-800" data-testid="io-timelines">
        {IO_STRATEGIES.map((strategy) => (
          <IoRunTimeline key={strategy} strategy={strategy} run={latest[strategy]} domainMs={domainMs} atMs={replaying ? replay.t : null} />
        ))}
      </div>

      {totals.length > 0 ? (
        <figure className="mt-6">
          <figcaption className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">Measured vs ideal, latest run of each</figcaption>
          <TotalsChart rows={totals} />
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400" aria-label="Legend">
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="flex h-2.5 w-5 overflow-hidden rounded-sm">
                {IO_STRATEGIES.map((s) => (
                  <span key={s} className="flex-1" style={{ background: strategyMeta[s].color }} />
                ))}
              </span>
              measured
            </li>
            <li className="flex items-center gap-1.5">
              <span aria-hidden="true" className="h-2.5 w-5 rounded-sm bg-[var(--chart-text)] opacity-35" />
              ideal (zero overhead)
            </li>
            {totals.some((row) => row.guess !== null) ? (
              <li className="flex items-center gap-1.5">
                <span aria-hidden="true" className="h-2.5 w-5 rounded-sm border border-dashed border-[var(--chart-text)]" />
                your prediction
              </li>
            ) : null}
          </ul>
        </figure>
      ) : null}

      <RunHistory runs={runs} onClear={clear} />
    </section>
  );
}
