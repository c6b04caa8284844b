'use client';

import { useId } from 'react';
import { recordedIoRuns } from '@/labs/io/recording';
import { eventTimes } from '@/lib/replay/timeline';
import { ChartLegend, LegendItem } from '@/components/charts/chart-legend';
import { labFrame, lastRun } from '@/components/lab-shell/lab-variants';
import { LabPanel, LabSettings } from '@/components/lab-shell/lab-panel';
import { FinishedRunHistory } from '@/components/lab-shell/run-history-table';
import { PredictFirst, classTimes, useGuesses } from '@/components/lab-shell/predict-first';
import { VariantRunArea } from '@/components/lab-shell/variant-run-area';
import { useComparableRuns } from '@/components/lab-shell/use-comparable-runs';
import { useRunReplay } from '@/components/lab-shell/use-replay';
import { IO_STRATEGIES, type IoStrategyName } from '@/labs/io/contract';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { IoEnginePicker, effectiveIoEngine, useIoEngine } from './io-engine';
import { IoRunTimeline } from './io-run-timeline';
import { IoSettingsForm } from './io-settings-form';
import { ioHistory } from './run-history';
import { ioVariants, strategyMeta } from './strategy-meta';
import { TotalsFigure } from './totals-figure';
import { useIoRuns, type IoRun } from './use-io-runs';
import { ioSetup, useIoSettings } from '@/labs/io/ui/use-io-settings';

/** The live I/O experiment: settings, run buttons, a timeline per strategy, totals and history. */
export function FetchExperimentPanel() {
  const { settings, update, reset } = useIoSettings();
  const ioRuns = useIoRuns();
  const { runs, busy, run } = ioRuns;
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
  const { failure } = lastRun(runs, busy);
  // The title names what is drawn: a recording shown on request has its own count.
  const shownCount = IO_STRATEGIES.map((s) => latest[s]).find(Boolean)?.settings.count;
  const domainMs =
    Math.max(
      1,
      ...Object.values(latest).flatMap((r) =>
        r ? [r.result?.elapsed_ms ?? 0, ...r.events.map((q) => q.end_ms)] : [],
      ),
    ) * 1.02;
  const shownRequests = Object.values(latest).flatMap((r) =>
    r?.status === 'done' ? r.events : [],
  );
  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRequests.length > 0;

  return (
    <LabPanel
      {...labFrame(ioVariants, runs)}
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
        variants={ioVariants.choices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
        {...classTimes(
          IO_STRATEGIES,
          latest,
          (run) => run.result?.elapsed_ms,
          (run) => run.events.map((request) => request.end_ms),
        )}
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
            state={{ settings, update, busy }}
            failure={failure}
            idPrefix={idPrefix}
          />
        </div>
      </LabSettings>

      <VariantRunArea
        labVariants={ioVariants}
        state={{ ...ioRuns, reset }}
        onRun={(strategies) =>
          void engineForRun().then((engine) => run(strategies, { ...settings, engine }))
        }
        recorded={recordedIoRuns}
        progress={(running) => ({
          what: (
            <>
              <strong>{strategyMeta[running.variant].label.toLowerCase()}</strong> on{' '}
              {ENGINE_LABEL[effectiveIoEngine(running.settings.engine, info)]}
            </>
          ),
          done: running.events.length,
          total: Number(running.settings.count) || 0,
          unit: 'Responses',
        })}
        endedExtra={(last) =>
          last.result?.failed ? `, ${last.result.failed} requests failed` : ''
        }
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

      <TotalsFigure latest={latest} guesses={guesses} />

      <FinishedRunHistory runs={runs} onClear={ioRuns.clear} {...ioHistory} />
    </LabPanel>
  );
}
