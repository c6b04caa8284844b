'use client';

import { useId, useState, type ReactNode } from 'react';
import { eventTimes } from '@/lib/replay/timeline';
import { CPU_DEFAULTS, CPU_LIMITS } from '@/labs/gil/limits';
import { recordedCpuRuns } from '@/labs/gil/recording';
import { bestSpeedup, computeSpans, splitCpuEvents } from '@/labs/gil/summary';
import { CPU_STRATEGIES, type CpuEngine, type CpuStrategy } from '@/labs/gil/contract';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { labFrame, lastRun, variantCodeTabs } from '@/components/lab-shell/lab-variants';
import type { LabPanelProps } from '@/components/lab-shell/lab-variants';
import { LabPanel, LabSettings } from '@/components/lab-shell/lab-panel';
import { FinishedRunHistory } from '@/components/lab-shell/run-history-table';
import {
  PredictFirst,
  guessMs,
  classTimes,
  useGuesses,
} from '@/components/lab-shell/predict-first';
import { VariantRunArea } from '@/components/lab-shell/variant-run-area';
import type { SettingField } from '@/components/lab-shell/settings-fields';
import { SettingsGrid } from '@/components/lab-shell/settings-grid';
import { useComparableRuns } from '@/components/lab-shell/use-comparable-runs';
import { useRunReplay } from '@/components/lab-shell/use-replay';
import { ElapsedFigure } from './elapsed-figure';
import { EnginePicker } from './engine-picker';
import { gilHistory } from './gil-history';
import { engineBadge, GilRunTimeline } from './gil-run-timeline';
import { gilVariants, strategyMeta } from './strategy-meta';
import {
  effectiveEngine,
  gilSettingsSetup,
  gilSetup,
  useCpuInfo,
  useGilLab,
  type GilRun,
} from '@/labs/gil/ui/use-gil-lab';

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
export function GilLabPanel({ code, channel }: LabPanelProps<CpuEngine, CpuStrategy>) {
  const lab = useGilLab(channel);
  const { settings, update, runs, busy, run } = lab;
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
  const { current, failure } = lastRun(runs, busy);
  const sequentialMs = latest.sequential?.result?.elapsed_ms ?? null;
  const reference =
    shownRuns.map((r) => splitCpuEvents(r.events).start).find((start) => start !== null) ?? null;

  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRuns.some((r) => r.status === 'done');
  const atMs = replaying ? replay.t : null;

  const tasks = reference?.params.tasks ?? (Number(settings.tasks) || CPU_DEFAULTS.tasks);
  const cores = reference?.cores ?? info?.cores ?? null;
  const best = cores !== null ? bestSpeedup(cores, tasks) : null;
  const codeEngine: CpuEngine = reference?.engine ?? engine ?? 'cpython';

  const start = (strategies: CpuStrategy[]) => {
    setCodeTab(null);
    // The engine is sent even when it is the default, so the run is what the picker shows.
    void run(strategies, { ...settings, engine: settings.engine || (engine ?? '') });
  };

  return (
    <LabPanel
      {...labFrame(gilVariants, runs)}
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
        variants={gilVariants.choices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
        {...classTimes(
          CPU_STRATEGIES,
          latest,
          (run) => run.result?.elapsed_ms,
          (run) => splitCpuEvents(run.events).lanes.map((lane) => lane.end_ms),
        )}
      />

      <LabSettings values={settings}>
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
          disabled={busy}
          idPrefix={idPrefix}
        />
        <SettingsGrid state={lab} fields={fields} failure={failure} idPrefix={idPrefix} />
        {failure?.issues.some((issue) => issue.path === 'gil' || issue.path === 'engine') ? (
          <p className="mt-2 text-xs text-rose-700 dark:text-rose-300">
            {failure.issues.find((i) => i.path === 'gil' || i.path === 'engine')?.message}
          </p>
        ) : null}
      </LabSettings>

      <VariantRunArea
        labVariants={gilVariants}
        state={lab}
        progress={(running) => {
          const runningStart = splitCpuEvents(running.events).start;
          return {
            what: (
              <>
                <strong>{strategyMeta[running.variant].label.toLowerCase()}</strong>
                {runningStart ? ` on ${engineBadge(runningStart)}` : ''}
              </>
            ),
            done: splitCpuEvents(running.events).lanes.length,
            total: tasks,
            unit: 'Lanes',
          };
        }}
        onRun={start}
        recorded={recordedCpuRuns}
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

      {reference ? (
        <ElapsedFigure
          latest={latest}
          guesses={guesses}
          sequentialMs={sequentialMs}
          reference={reference}
        />
      ) : null}

      <CodeThatRan
        tabs={variantCodeTabs(gilVariants, code[codeEngine])}
        selected={codeTab ?? current?.variant ?? 'threads'}
        onSelect={setCodeTab}
        note={codeNotes[codeEngine]}
      />

      <FinishedRunHistory runs={runs} onClear={lab.clear} {...gilHistory} />
    </LabPanel>
  );
}
