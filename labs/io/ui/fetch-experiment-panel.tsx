'use client';

import { useId } from 'react';
import { recordedIoRuns } from '@/labs/io/recording';
import { eventTimes } from '@/lib/replay/timeline';
import { byVariant } from '@/lib/experiments/by-variant';
import { ChartFigure, ChartLegend, LegendItem } from '@/components/lab-shell/chart-figure';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import { variantChoices } from '@/components/lab-shell/variant-lists';
import { LabPanel, LabSettings } from '@/components/lab-shell/lab-panel';
import { FinishedRunHistory } from '@/components/lab-shell/run-history-table';
import { PredictFirst, guessMs, useGuesses } from '@/components/lab-shell/predict-first';
import { endedText } from '@/components/lab-shell/run-controls';
import { VariantRunArea } from '@/components/lab-shell/variant-run-area';
import { useComparableRuns } from '@/components/lab-shell/use-comparable-runs';
import { useRunReplay } from '@/components/lab-shell/use-replay';
import { IO_STRATEGIES, type IoStrategyName } from '@/labs/io/contract';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { IoEnginePicker, effectiveIoEngine, useIoEngine } from './io-engine';
import { IoRunTimeline } from './io-run-timeline';
import { IoSettingsForm } from './io-settings-form';
import { ioHistory } from './run-history';
import { strategyMeta } from './strategy-meta';
import { TOTALS_CHART_HEIGHT, type TotalsRow } from './totals-chart-size';
import { useIoRuns, type IoRun } from './use-io-runs';
import { ioSetup, useIoSettings } from '@/labs/io/ui/use-io-settings';

const TotalsChart = lazyChart(() => import('./totals-chart'), TOTALS_CHART_HEIGHT);

const strategyChoices = variantChoices(IO_STRATEGIES, strategyMeta);

/** The live I/O experiment: settings, run buttons, a timeline per strategy, totals and history. */
export function FetchExperimentPanel() {
  const { settings, update, reset } = useIoSettings();
  const { runs, busy, run, cancel, clear, showRecording } = useIoRuns();
  const idPrefix = useId();
  const { info, engine, engineForRun } = useIoEngine(settings.engine);

  // Only runs of the settings shown are drawn and compared; the history keeps the others.
  const { setup, latest } = useComparableRuns<IoStrategyName, IoRun>(
    runs,
    IO_STRATEGIES,
    (r) => ioSetup(r.settings, r.settings.engine),
    ioSetup(settings, engine),
  );
  const [guesses, setGuesses] = useGuesses(IO_STRATEGIES, setup);
  const current = runs.at(-1);
  // The title names what is drawn: a recording shown on request has its own count.
  const shownCount = IO_STRATEGIES.map((s) => latest[s]).find(Boolean)?.settings.count;
  const domainMs =
    Math.max(
      1,
      ...Object.values(latest).flatMap((r) =>
        r ? [r.result?.elapsed_ms ?? 0, ...r.events.map((q) => q.end_ms)] : [],
      ),
    ) * 1.02;
  const totals: TotalsRow[] = IO_STRATEGIES.flatMap((s) => {
    const result = latest[s]?.result;
    if (!result) return [];
    return [
      {
        label: strategyMeta[s].label,
        color: strategyMeta[s].color,
        elapsed: result.elapsed_ms,
        ideal: result.ideal_ms,
        guess: guessMs(guesses[s]),
      },
    ];
  });
  const failure = current?.status === 'error' ? current.error : null;
  const shownRequests = Object.values(latest).flatMap((r) =>
    r?.status === 'done' ? r.events : [],
  );
  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRequests.length > 0;
  const running = busy && current?.status === 'running' ? current : undefined;

  return (
    <LabPanel
      lab="io"
      ran={runs.some((r) => r.result)}
      title={<>Fetch {shownCount || settings.count || 'N'} URLs three ways</>}
      intro={
        <>
          Each button makes this server fetch from its local slow upstream over real sockets and
          streams every response&apos;s timing back as it arrives.
        </>
      }
    >
      <PredictFirst
        question="With the settings below, how long will each strategy take in total? Write your guesses down; the chart will put them beside the measurements."
        variants={strategyChoices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
        measured={byVariant(IO_STRATEGIES, (s) => latest[s]?.result?.elapsed_ms)}
      />

      {/* On a slide the folded settings say which engine the next run gets. */}
      <LabSettings values={{ ...settings, engine: ENGINE_LABEL[engine] }}>
        <IoEnginePicker
          chosen={settings.engine}
          onChange={(value) => update('engine', value)}
          disabled={busy}
          idPrefix={idPrefix}
        />

        <div className="mt-4">
          <IoSettingsForm
            settings={settings}
            issues={failure?.issues ?? []}
            disabled={busy}
            onChange={update}
            idPrefix={idPrefix}
          />
        </div>
      </LabSettings>

      <VariantRunArea
        lab="io"
        variants={IO_STRATEGIES}
        controls={{
          allLabel: 'Run all three',
          choices: strategyChoices,
          busy,
          onRun: (strategies) =>
            void engineForRun().then((engine) => run(strategies, { ...settings, engine })),
          onCancel: cancel,
          onReset: reset,
        }}
        running={
          running
            ? {
                what: (
                  <>
                    <strong>{strategyMeta[running.variant].label.toLowerCase()}</strong> on{' '}
                    {ENGINE_LABEL[effectiveIoEngine(running.settings.engine, info)]}
                  </>
                ),
                queued: running.queued,
                done: running.events.length,
                total: Number(running.settings.count) || 0,
                unit: 'Responses',
              }
            : null
        }
        idle={endedText(
          current,
          (strategy) => strategyMeta[strategy].label,
          'the run’s requests',
          current?.result?.failed ? `, ${current.result.failed} requests failed` : '',
        )}
        failure={failure}
        onShowRecording={() => showRecording(recordedIoRuns())}
        replay={
          replaying
            ? { replay, durationMs: domainMs / 1.02, times: eventTimes(shownRequests) }
            : null
        }
        timelinesClassName="mt-4"
        timeline={(strategy) => (
          <IoRunTimeline
            strategy={strategy}
            run={latest[strategy]}
            domainMs={domainMs}
            atMs={replaying ? replay.t : null}
          />
        )}
      />
      {runs.length > 0 ? (
        <ChartLegend label="Timeline legend">
          <LegendItem markClassName="h-2.5 w-5 rounded-sm bg-[var(--color-failure)]">
            failed request
          </LegendItem>
        </ChartLegend>
      ) : null}

      {totals.length > 0 ? (
        <ChartFigure caption="Measured vs ideal, latest run of each">
          <TotalsChart rows={totals} />
          <ChartLegend prediction={totals.some((row) => row.guess !== null)}>
            <LegendItem
              mark={
                <span aria-hidden="true" className="flex h-2.5 w-5 overflow-hidden rounded-sm">
                  {IO_STRATEGIES.map((s) => (
                    <span
                      key={s}
                      className="flex-1"
                      style={{ background: strategyMeta[s].color }}
                    />
                  ))}
                </span>
              }
            >
              measured
            </LegendItem>
            <LegendItem markClassName="h-2.5 w-5 rounded-sm bg-[var(--chart-text)] opacity-35">
              ideal (zero overhead)
            </LegendItem>
          </ChartLegend>
        </ChartFigure>
      ) : null}

      <FinishedRunHistory runs={runs} onClear={clear} {...ioHistory} />
    </LabPanel>
  );
}
