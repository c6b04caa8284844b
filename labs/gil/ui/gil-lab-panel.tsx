'use client';

import { useId, useState, type ReactNode } from 'react';
import { eventTimes } from '@/lib/replay/timeline';
import { byVariant } from '@/lib/experiments/by-variant';
import { CPU_DEFAULTS, CPU_LIMITS } from '@/labs/gil/limits';
import { recordedCpuRuns } from '@/labs/gil/recording';
import { bestSpeedup, computeSpans, speedupOver, splitCpuEvents } from '@/labs/gil/summary';
import { CPU_STRATEGIES, type CpuEngine, type CpuStrategy } from '@/labs/gil/contract';
import { ChartFigure, ChartLegend, LegendItem } from '@/components/lab-shell/chart-figure';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import { variantChoices, variantCodeTabs } from '@/components/lab-shell/variant-lists';
import { DataTable } from '@/components/lab-shell/data-table';
import { LabPanel, LabSettings } from '@/components/lab-shell/lab-panel';
import { FinishedRunHistory } from '@/components/lab-shell/run-history-table';
import { PredictFirst, guessMs, useGuesses } from '@/components/lab-shell/predict-first';
import { endedText } from '@/components/lab-shell/run-controls';
import { VariantRunArea } from '@/components/lab-shell/variant-run-area';
import { SettingsFields, type SettingField } from '@/components/lab-shell/settings-fields';
import type { RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { useComparableRuns } from '@/components/lab-shell/use-comparable-runs';
import { useRunReplay } from '@/components/lab-shell/use-replay';
import type { ElapsedRow } from './elapsed-chart';
import { ELAPSED_CHART_HEIGHT } from './elapsed-chart-size';
import { EnginePicker } from './engine-picker';
import { gilHistory } from './gil-history';
import { engineBadge, GilRunTimeline } from './gil-run-timeline';
import { strategyMeta } from './strategy-meta';
import {
  effectiveEngine,
  gilSettingsSetup,
  gilSetup,
  useCpuInfo,
  useGilLab,
  type GilRun,
} from '@/labs/gil/ui/use-gil-lab';

const ElapsedChart = lazyChart(() => import('./elapsed-chart'), ELAPSED_CHART_HEIGHT);

const fields: SettingField<'tasks' | 'work_ms' | 'switch_interval_ms'>[] = [
  {
    key: 'tasks',
    label: 'Tasks',
    hint: `1–${CPU_LIMITS.maxTasks}`,
    min: 1,
    max: CPU_LIMITS.maxTasks,
  },
  {
    key: 'work_ms',
    label: 'Work per task (ms)',
    hint: `${CPU_LIMITS.minWorkMs}–${CPU_LIMITS.maxWorkMs}, alone on a core`,
    min: CPU_LIMITS.minWorkMs,
    max: CPU_LIMITS.maxWorkMs,
  },
  {
    key: 'switch_interval_ms',
    label: 'Switch interval (ms)',
    hint: `${CPU_LIMITS.minSwitchIntervalMs}–${CPU_LIMITS.maxSwitchIntervalMs}; CPython's is 5`,
    min: CPU_LIMITS.minSwitchIntervalMs,
    max: CPU_LIMITS.maxSwitchIntervalMs,
  },
];

const strategyChoices = variantChoices(CPU_STRATEGIES, strategyMeta);

const codeNotes: Record<CpuEngine, ReactNode> = {
  cpython: (
    <>
      <code>python3 labs/gil/workers/main.py STRATEGY</code> runs these files (standard library
      only); it starts the clock once every thread or process is ready and prints each lane&apos;s
      timings as a JSON line.
    </>
  ),
  node: (
    <>
      The Node.js engine: the same calibrated loop in JavaScript. <code>model-gil.mjs</code> is a{' '}
      <em>model</em> of CPython&apos;s GIL for worker threads (used only with GIL on), not CPython
      itself.
    </>
  ),
};

/** The latest moment a run's lanes reach. */
function extentOf(run: GilRun): number {
  const { lanes } = splitCpuEvents(run.events);
  return Math.max(run.result?.elapsed_ms ?? 0, ...lanes.map((lane) => lane.end_ms));
}

/**
 * The GIL lab: the same CPU-bound work one after another, in threads, in processes and as
 * async tasks, on CPython (or Node.js, with a model GIL). Per strategy: who computed when on one
 * time axis, the numbers, and what they show; then elapsed and speed-up side by side. The code
 * that ran comes from the server (`code`, per engine and strategy).
 */
export function GilLabPanel({
  code,
  channel,
}: {
  code: Record<CpuEngine, Record<CpuStrategy, ReactNode>>;
  channel?: RunChannel;
}) {
  const { settings, update, reset, runs, busy, run, cancel, clear, showRecording } =
    useGilLab(channel);
  const { data: info, error: infoError } = useCpuInfo();
  const [codeTab, setCodeTab] = useState<CpuStrategy | null>(null);
  const idPrefix = useId();
  const { engine, gil } = effectiveEngine(settings, info);

  const { setup, latest } = useComparableRuns(
    runs,
    CPU_STRATEGIES,
    (r) => gilSetup(r, info),
    gilSettingsSetup(settings, info),
  );
  const [guesses, setGuesses] = useGuesses(CPU_STRATEGIES, setup);
  const shownRuns = CPU_STRATEGIES.flatMap((s) => latest[s] ?? []);
  const domainMs = Math.max(1, ...shownRuns.map(extentOf)) * 1.02;
  const current = runs.at(-1);
  const failure = current?.status === 'error' ? current.error : null;
  const running = busy && current?.status === 'running' ? current : undefined;
  const sequentialMs = latest.sequential?.result?.elapsed_ms ?? null;
  const reference =
    shownRuns.map((r) => splitCpuEvents(r.events).start).find((start) => start !== null) ?? null;

  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRuns.some((r) => r.status === 'done');
  const atMs = replaying ? replay.t : null;

  const rows: ElapsedRow[] = CPU_STRATEGIES.flatMap((s) => {
    const result = latest[s]?.result;
    if (!result) return [];
    const speedup =
      sequentialMs !== null ? speedupOver(sequentialMs, result.elapsed_ms) : result.speedup;
    return [
      {
        label: strategyMeta[s].label,
        color: strategyMeta[s].color,
        elapsed: result.elapsed_ms,
        speedup,
        guess: guessMs(guesses[s]),
      },
    ];
  });
  const tasks = reference?.params.tasks ?? (Number(settings.tasks) || CPU_DEFAULTS.tasks);
  const cores = reference?.cores ?? info?.cores ?? null;
  const best = cores !== null ? bestSpeedup(cores, tasks) : null;
  const codeEngine: CpuEngine = reference?.engine ?? engine ?? 'cpython';

  const start = (strategies: CpuStrategy[]) => {
    setCodeTab(null);
    // The engine is sent even when it is the default, so the run is what the picker shows.
    void run(strategies, { ...settings, engine: settings.engine || (engine ?? '') });
  };
  const runningStart = running ? splitCpuEvents(running.events).start : null;

  return (
    <LabPanel
      lab="gil"
      ran={runs.some((r) => r.result)}
      title="CPU-bound work, four ways"
      intro={
        <>
          Each button makes this server compute the same pure-
          {engine === 'node' ? 'JavaScript' : 'Python'} loop, timed in quarter-millisecond chunks on
          every thread or process, and streams each lane back as it finishes.
        </>
      }
    >
      <PredictFirst
        question={
          <>
            {settings.tasks || 'N'} tasks, each about {settings.work_ms || '…'} ms of pure
            computation
            {cores !== null ? `, on a server with ${cores} cores` : ''}. How long does each strategy
            take in total?
          </>
        }
        variants={strategyChoices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
        measured={byVariant(CPU_STRATEGIES, (s) => latest[s]?.result?.elapsed_ms)}
      />

      <LabSettings values={settings}>
        <fieldset disabled={busy} className="min-w-0">
          <legend className="sr-only">Experiment settings</legend>
          <EnginePicker
            info={info}
            infoError={Boolean(infoError)}
            engine={engine}
            gil={gil}
            onEngine={(id) => {
              update('engine', id);
              update('gil', '');
            }}
            onGil={(on) => update('gil', on ? 'on' : 'off')}
            idPrefix={idPrefix}
          />
          <div className="mt-4 grid grid-cols-3 gap-x-3 gap-y-3">
            <SettingsFields
              fields={fields}
              values={settings}
              issues={failure?.issues ?? []}
              onChange={update}
              idPrefix={idPrefix}
            />
          </div>
          {failure?.issues.some((issue) => issue.path === 'gil' || issue.path === 'engine') ? (
            <p className="mt-2 text-xs text-rose-700 dark:text-rose-300">
              {failure.issues.find((i) => i.path === 'gil' || i.path === 'engine')?.message}
            </p>
          ) : null}
        </fieldset>
      </LabSettings>

      <VariantRunArea
        lab="gil"
        variants={CPU_STRATEGIES}
        controls={{
          allLabel: 'Run all four',
          choices: strategyChoices,
          busy,
          onRun: start,
          onCancel: cancel,
          onReset: reset,
        }}
        running={
          running
            ? {
                what: (
                  <>
                    <strong>{strategyMeta[running.variant].label.toLowerCase()}</strong>
                    {runningStart ? ` on ${engineBadge(runningStart)}` : ''}
                  </>
                ),
                queued: running.queued,
                done: splitCpuEvents(running.events).lanes.length,
                total: tasks,
                unit: 'Lanes',
              }
            : null
        }
        idle={endedText(
          current,
          (strategy) => strategyMeta[strategy].label,
          'the run’s threads and processes',
        )}
        failure={failure}
        onShowRecording={() => showRecording(recordedCpuRuns())}
        replay={
          replaying
            ? {
                replay,
                durationMs: domainMs / 1.02,
                times: eventTimes(
                  shownRuns.flatMap((r) => computeSpans(splitCpuEvents(r.events).lanes)),
                ),
              }
            : null
        }
        timeline={(strategy) => (
          <GilRunTimeline
            strategy={strategy}
            engine={engine}
            run={latest[strategy]}
            sequentialMs={sequentialMs}
            domainMs={domainMs}
            atMs={atMs}
            guessMs={guessMs(guesses[strategy])}
          />
        )}
      >
        {cores !== null ? (
          <p
            className="mt-3 text-sm text-zinc-700 dark:text-zinc-300"
            data-testid="cores"
            data-cores={cores}
          >
            This server has <strong>{cores} cores</strong>: with {tasks} task
            {tasks === 1 ? '' : 's'} the best possible speed-up is <strong>{best}×</strong>.
          </p>
        ) : null}
      </VariantRunArea>

      {rows.length > 0 && reference ? (
        <ChartFigure
          testId="elapsed-chart"
          caption={
            <>
              Elapsed per strategy, labelled with the speed-up over{' '}
              {sequentialMs !== null ? 'sequential' : 'tasks × work'}
            </>
          }
        >
          <ElapsedChart
            rows={rows}
            sequentialMs={reference.sequential_estimate_ms}
            bestMs={
              reference.sequential_estimate_ms /
              bestSpeedup(reference.cores, reference.params.tasks)
            }
          />
          <ChartLegend prediction={rows.some((row) => row.guess !== null)}>
            <LegendItem markClassName="h-0 w-5 border-t border-dashed border-[var(--chart-text)]">
              tasks × work: one after another
            </LegendItem>
            <LegendItem markClassName="h-0 w-5 border-t border-dotted border-[var(--chart-text)]">
              best possible on {reference.cores} cores
            </LegendItem>
          </ChartLegend>
          <DataTable
            label="Elapsed per strategy"
            columns={['strategy', 'elapsed (ms)', 'speed-up', 'your prediction (ms)']}
            rows={() =>
              rows.map((row) => [
                row.label,
                row.elapsed.toFixed(1),
                `${row.speedup}×`,
                row.guess ?? '—',
              ])
            }
          />
        </ChartFigure>
      ) : null}

      <CodeThatRan
        tabs={variantCodeTabs(CPU_STRATEGIES, strategyMeta, code[codeEngine])}
        selected={codeTab ?? current?.variant ?? 'threads'}
        onSelect={setCodeTab}
        note={codeNotes[codeEngine]}
      />

      <FinishedRunHistory runs={runs} onClear={clear} {...gilHistory} />
    </LabPanel>
  );
}
