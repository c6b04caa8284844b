'use client';

import { formatSignedCount } from '@/lib/format';
import { useId, useState } from 'react';
import { recordedRaceRuns } from '@/labs/race/recording';
import { lockVariant, RACE_DEFAULT_SETTINGS, yieldBetweenApplies } from '@/labs/race/settings';
import { raceCodeKey, type RaceCodeKey } from '@/labs/race/source-files';
import { raceConfigLabel, type RaceConfig } from '@/labs/race/outcome';
import { ACCOUNTS } from '@/labs/race/workers/bank.mjs';
import { isRaceEngine, isRaceStrategy, type RaceResult } from '@/labs/race/contract';
import { CodeForSettings } from '@/components/lab-shell/code-for-settings';
import { LabRunSection } from '@/components/lab-shell/lab-run-section';
import { RunStatusLine } from '@/components/lab-shell/run-controls';
import { LabPanel } from '@/components/lab-shell/lab-panel';
import type { LiveLabProps } from '@/components/lab-shell/live-lab-props';
import { useLatestRun } from '@/components/lab-shell/use-latest-run';
import { useUrlSettings } from '@/components/lab-shell/use-url-settings';
import { RacePredictFirst, type RacePredictions } from './race-predict-first';
import { RaceResultView } from './race-result';
import { RaceRunsFigure } from './race-runs-figure';
import { RaceHistory } from './race-history';
import { RaceSettingsForm, type RaceBounds } from './race-settings-form';
import { finishedWorkers, startOf, useRaceRuns, type RaceRun } from './use-race-runs';
import { RaceWhatThisShows } from './race-what-this-shows';

const CODE_TABS: Record<RaceCodeKey, string> = {
  'node-threads': 'Node threads',
  'node-async': 'Node async',
  'cpython-threads': 'CPython threads',
  'cpython-async': 'CPython asyncio',
};

/** Lock off, then on, three times: enough for a class to see which one never loses money. */
const LOCK_COMPARISON = ['no-lock', 'lock', 'no-lock', 'lock', 'no-lock', 'lock'] as const;

/** What a run is, from its first event, or (before that arrives) from the settings it was started with. */
function configOf(run: RaceRun): RaceConfig | null {
  const start = startOf(run);
  if (start) return start;
  const { engine, strategy, yield_between } = run.settings;
  if (!isRaceEngine(engine) || !isRaceStrategy(strategy)) return null;
  return {
    engine,
    strategy,
    lock: run.variant === 'lock',
    yield_between: yield_between === 'on' && yieldBetweenApplies(engine, strategy),
  };
}

/** "Run 3 (Node threads, no lock) done: +1,204 created." */
function doneText(run: number, result: RaceResult): string {
  const verdict =
    result.difference !== 0
      ? `${formatSignedCount(result.difference)} ${result.difference > 0 ? 'created' : 'destroyed'}.`
      : result.lost_updates === 0
        ? 'the books balance.'
        : 'the total matches, but balances are wrong.';
  return `Run ${run} (${raceConfigLabel(result)}) done: ${verdict}`;
}

/** The live race lab: the essay's bank transfer from threads or async tasks, with and without a lock. */
export function RaceLabPanel({ code, bounds, channel }: LiveLabProps<RaceCodeKey, RaceBounds>) {
  const url = useUrlSettings('race', RACE_DEFAULT_SETTINGS);
  const { settings } = url;
  const experiment = useRaceRuns(channel);
  const { runs, run, clear, busy } = experiment;
  const [predictions, setPredictions] = useState<RacePredictions>({});
  const idPrefix = useId();
  const { current, running, clock, results } = useLatestRun(runs, busy);
  const shown = runs.findLast((r) => r.status === 'running' || r.result);
  const runningConfig = running ? configOf(running) : null;

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

      <LabRunSection
        url={url}
        experiment={experiment}
        recorded={recordedRaceRuns}
        idPrefix={idPrefix}
        form={(form) => <RaceSettingsForm {...form} bounds={bounds} />}
        buttons={[
          { label: 'Run', onRun: () => void run([lockVariant(settings)], settings) },
          {
            label: 'Lock off vs on, 3 times each',
            onRun: () => void run(LOCK_COMPARISON, settings),
          },
        ]}
        status={
          <RunStatusLine
            running={
              running
                ? {
                    what: (
                      <>
                        <strong>
                          {runningConfig ? raceConfigLabel(runningConfig) : 'the run'}
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
                  ? doneText(results.length, current.result)
                  : null
            }
          />
        }
      >
        {shown ? <RaceResultView run={shown} results={results} /> : null}
        <RaceRunsFigure results={results} />
      </LabRunSection>

      <RaceWhatThisShows />

      <CodeForSettings
        labels={CODE_TABS}
        code={code}
        current={
          isRaceEngine(settings.engine) && isRaceStrategy(settings.strategy)
            ? raceCodeKey(settings.engine, settings.strategy)
            : 'node-threads'
        }
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
