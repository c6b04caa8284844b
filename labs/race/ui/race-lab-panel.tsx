'use client';

import { formatSignedCount } from '@/lib/format';
import dynamic from 'next/dynamic';
import { useId, useState, type ReactNode } from 'react';
import { recordedRaceRuns } from '@/labs/race/recording';
import {
  lockVariant,
  RACE_DEFAULT_SETTINGS,
  yieldBetweenApplies,
  type RaceSettings,
} from '@/labs/race/settings';
import { raceCodeKey, type RaceCodeKey } from '@/labs/race/source-files';
import { raceConfigLabel, type RaceConfig } from '@/labs/race/outcome';
import { ACCOUNTS } from '@/labs/race/workers/bank.mjs';
import {
  RACE_ENGINES,
  RACE_STRATEGIES,
  type RaceEngine,
  type RaceStrategyName,
} from '@/labs/race/contract';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { CancelOrReset } from '@/components/lab-shell/lab-parts';
import { RunStatusLine } from '@/components/lab-shell/run-controls';
import { DataTable } from '@/components/lab-shell/data-table';
import { LabPanel, LabSettings, RunFailureAlert, labButton } from '@/components/lab-shell/lab-panel';
import type { RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { useRunningClock } from '@/components/lab-shell/use-running-clock';
import { useRunButtons } from '@/components/lab-shell/use-run-buttons';
import { useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { raceConfigStyle, type RaceConfigStyle } from './race-meta';
import { RacePredictFirst, type RacePredictions } from './race-predict-first';
import { RaceResultView } from './race-result';
import { RACE_RUNS_CHART_HEIGHT, type RaceRunPoint } from './race-runs-chart';
import { RaceHistory } from './race-history';
import { RaceSettingsForm, type RaceBounds } from './race-settings-form';
import { finishedWorkers, startOf, useRaceRuns, type RaceRun } from './use-race-runs';
import { RaceWhatThisShows } from './race-what-this-shows';
import { ChartLoading } from '@/components/lab-shell/lab-loading';

// recharts is loaded only when there is something to draw, behind a box of the same size.
const RaceRunsChart = dynamic(() => import('./race-runs-chart'), {
  ssr: false,
  loading: () => <ChartLoading height={RACE_RUNS_CHART_HEIGHT} />,
});

const CODE_TABS: { id: RaceCodeKey; label: string }[] = [
  { id: 'node-threads', label: 'Node threads' },
  { id: 'node-async', label: 'Node async' },
  { id: 'cpython-threads', label: 'CPython threads' },
  { id: 'cpython-async', label: 'CPython asyncio' },
];

/** Lock off, then on, three times: enough for a class to see which one never loses money. */
const LOCK_COMPARISON = ['no-lock', 'lock', 'no-lock', 'lock', 'no-lock', 'lock'] as const;

const isEngine = (value: string): value is RaceEngine =>
  (RACE_ENGINES as readonly string[]).includes(value);
const isStrategy = (value: string): value is RaceStrategyName =>
  (RACE_STRATEGIES as readonly string[]).includes(value);

/** What a run is, from its first event, or (before that arrives) from the settings it was started with. */
function configOf(run: RaceRun): RaceConfig | null {
  const start = startOf(run);
  if (start) return start;
  const { engine, strategy, yield_between } = run.settings;
  if (!isEngine(engine) || !isStrategy(strategy)) return null;
  return {
    engine,
    strategy,
    lock: run.variant === 'lock',
    yield_between: yield_between === 'on' && yieldBetweenApplies(engine, strategy),
  };
}

/** The live race lab: the essay's bank transfer from threads or async tasks, with and without a lock. */
export function RaceLabPanel({
  code,
  bounds,
  channel,
}: {
  code: Record<RaceCodeKey, ReactNode>;
  bounds: RaceBounds;
  channel?: RunChannel;
}) {
  const { settings, update, reset } = useUrlSettings<keyof RaceSettings>(
    'race',
    RACE_DEFAULT_SETTINGS,
  );
  const { runs, busy, run, cancel, clear, showRecording } = useRaceRuns(channel);
  const runButtons = useRunButtons(busy);
  const [predictions, setPredictions] = useState<RacePredictions>({});
  const [pickedCode, setPickedCode] = useState<{ key: RaceCodeKey; under: string } | null>(null);
  const idPrefix = useId();

  const current = runs.at(-1);
  const shown = runs.findLast((r) => r.status === 'running' || r.result);
  const results = runs.flatMap((r) => (r.result ? [r.result] : []));
  const failure = current?.status === 'error' ? current.error : null;
  const running = current?.status === 'running' ? current : undefined;
  const clock = useRunningClock(running?.id ?? null);

  const settingsCode =
    isEngine(settings.engine) && isStrategy(settings.strategy)
      ? raceCodeKey(settings.engine, settings.strategy)
      : 'node-threads';
  const codeKey = pickedCode?.under === settingsCode ? pickedCode.key : settingsCode;

  const points: RaceRunPoint[] = results.map((result, index) => ({
    run: index + 1,
    difference: result.difference,
    lost_updates: result.lost_updates,
    style: raceConfigStyle(result),
  }));
  const legend = [...new Map(points.map((p) => [p.style.key, p.style])).values()];

  return (
    <LabPanel
      lab="race"
      ran={results.length > 0}
      title="Move money between accounts from several workers at once"
      intro={`Each run makes this server move money between ${ACCOUNTS} accounts in shared memory, from real threads or async tasks, and then checks the books.`}
    >
      <RacePredictFirst
        predictions={predictions}
        onChange={setPredictions}
        results={results}
        idPrefix={idPrefix}
      />

      <LabSettings values={settings}>
        <div className="mt-4">
          <RaceSettingsForm
            settings={settings}
            bounds={bounds}
            issues={failure?.issues ?? []}
            disabled={busy}
            onChange={update}
            idPrefix={idPrefix}
          />
        </div>
      </LabSettings>

      <div className="mt-4 flex flex-wrap items-center gap-2" {...runButtons.props}>
        <button
          type="button"
          disabled={busy}
          onClick={() => runButtons.guarded(() => void run([lockVariant(settings)], settings))}
          className={`${labButton.base} ${labButton.primary}`}
        >
          Run
        </button>
        <button
          type="button"
          disabled={busy}
          onClick={() => runButtons.guarded(() => void run(LOCK_COMPARISON, settings))}
          className={`${labButton.base} ${labButton.secondary}`}
        >
          Lock off vs on, 3 times each
        </button>
        <CancelOrReset busy={busy} onCancel={cancel} onReset={reset} />
      </div>

      <RunStatusLine
        running={
          running
            ? {
                what: (
                  <>
                    <strong>
                      {configOf(running) ? raceConfigLabel(configOf(running)!) : 'the run'}
                    </strong>
                    {clock !== null && clock >= 1 ? ` (${clock.toFixed(1)} s)` : ''}
                  </>
                ),
                queued: running.queued,
                done: finishedWorkers(running).length,
                total: startOf(running)?.workers ?? (Number(running.settings.workers) || 0),
                unit: 'Workers',
              }
            : null
        }
        idle={
          current?.status === 'cancelled'
            ? "Cancelled; the server stopped the run's workers."
            : current?.status === 'done' && current.result
              ? `Run ${results.length} (${raceConfigLabel(current.result)}) done: ${
                  current.result.difference !== 0
                    ? `${formatSignedCount(current.result.difference)} ${current.result.difference > 0 ? 'created' : 'destroyed'}.`
                    : current.result.lost_updates === 0
                      ? 'the books balance.'
                      : 'the total matches, but balances are wrong.'
                }`
              : null
        }
      />

      {failure ? (
        <RunFailureAlert
          failure={failure}
          onShowRecording={() => showRecording(recordedRaceRuns())}
        />
      ) : null}

      {shown ? <RaceResultView run={shown} results={results} /> : null}

      {points.length > 0 ? (
        <figure className="mt-6" data-testid="race-runs-chart">
          <figcaption className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
            Money gap of every run so far
          </figcaption>
          <RaceRunsChart points={points} />
          <RunsLegend styles={legend} />
          <DataTable
            label="Money gap per run"
            columns={['run', 'configuration', 'money gap', 'lost updates (at least)']}
            rows={() => points.map((p) => [p.run, p.style.label, p.difference, p.lost_updates])}
          />
        </figure>
      ) : null}

      <RaceWhatThisShows />

      <CodeThatRan
        tabs={CODE_TABS.map((tab) => ({ ...tab, code: code[tab.id] }))}
        selected={codeKey}
        onSelect={(key) => setPickedCode({ key, under: settingsCode })}
        note={
          <>
            The lock and the switch point are flags inside these files (<code>useLock</code>,{' '}
            <code>yieldBetween</code>; in Python <code>plan[&quot;lock&quot;]</code>,{' '}
            <code>YIELD_BETWEEN</code>), so one file serves every row of the chart.
          </>
        }
      />

      <RaceHistory runs={runs} onClear={clear} />
    </LabPanel>
  );
}

/** What each colour, shape and fill of the chart means, for the configurations present. */
function RunsLegend({ styles }: { styles: RaceConfigStyle[] }) {
  return (
    <ul
      className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
      aria-label="Legend"
    >
      {styles.map((style) => (
        <li key={style.key} className="flex items-center gap-1.5">
          <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
            {style.shape === 'square' ? (
              <rect
                x="1.5"
                y="1.5"
                width="9"
                height="9"
                fill={style.hollow ? 'none' : style.color}
                stroke={style.color}
                strokeWidth="2"
              />
            ) : (
              <circle
                cx="6"
                cy="6"
                r="4.5"
                fill={style.hollow ? 'none' : style.color}
                stroke={style.color}
                strokeWidth="2"
              />
            )}
          </svg>
          {style.label}
        </li>
      ))}
    </ul>
  );
}
