'use client';

import { useId, useState, type ReactNode } from 'react';
import { formatMs } from '@/lib/format';
import { eventTimes } from '@/lib/replay/timeline';
import { BLOCKING_DEFAULTS, BLOCKING_LIMITS } from '@/labs/blocking/limits';
import { recordedBlockingRuns } from '@/labs/blocking/recording';
import { frozenSpans, lagRamp, measuredUntil, splitEvents } from '@/labs/blocking/summary';
import { BLOCKING_MODES, type BlockingEngine, type BlockingMode } from '@/labs/blocking/contract';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { ChartFigure, ChartLegend, LegendItem } from '@/components/lab-shell/chart-figure';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import { variantChoices, variantCodeTabs } from '@/components/lab-shell/variant-lists';
import { EngineChoice } from '@/components/lab-shell/engine-choice';
import { DataTable } from '@/components/lab-shell/data-table';
import { LabPanel, LabSettings, Swatch } from '@/components/lab-shell/lab-panel';
import { FinishedRunHistory } from '@/components/lab-shell/run-history-table';
import { PredictFirst, guessMs, useGuesses } from '@/components/lab-shell/predict-first';
import { endedText } from '@/components/lab-shell/run-controls';
import { VariantRunArea } from '@/components/lab-shell/variant-run-area';
import type { SettingField } from '@/components/lab-shell/settings-fields';
import { SettingsGrid } from '@/components/lab-shell/settings-grid';
import type { RunChannel } from '@/components/lab-shell/use-experiment-runs';
import { useComparableRuns } from '@/components/lab-shell/use-comparable-runs';
import { useRunReplay } from '@/components/lab-shell/use-replay';
import { blockingHistory } from './blocking-history';
import { BlockingRunTimeline } from './blocking-run-timeline';
import type { LagSeries } from './lag-chart';
import { LAG_CHART_HEIGHT } from './lag-chart-size';
import { modeMeta } from './mode-meta';
import {
  blockingSettingsSetup,
  blockingSetup,
  useBlockingEngine,
  useBlockingLab,
  type BlockingRun,
  type BlockingSettings,
} from './use-blocking-runs';

const LagChart = lazyChart(() => import('./lag-chart'), LAG_CHART_HEIGHT);

const fields: SettingField<keyof BlockingSettings>[] = [
  {
    key: 'tasks',
    label: 'Tasks',
    hint: `1–${BLOCKING_LIMITS.maxTasks}, all at once`,
    min: 1,
    max: BLOCKING_LIMITS.maxTasks,
  },
  {
    key: 'delay_ms',
    label: 'Each waits (ms)',
    hint: `await sleep, 0–${BLOCKING_LIMITS.maxDelayMs}`,
    min: 0,
    max: BLOCKING_LIMITS.maxDelayMs,
  },
  {
    key: 'block_ms',
    label: 'Task 0 also sleeps (ms)',
    hint: `0–${BLOCKING_LIMITS.maxBlockMs}`,
    min: 0,
    max: BLOCKING_LIMITS.maxBlockMs,
  },
];

const modeChoices = variantChoices(BLOCKING_MODES, modeMeta);

/** When the run's measurements end, or when they will at least (so a live axis does not jump). */
function extentOf(run: BlockingRun): number {
  const { tasks, lag } = splitEvents(run.events);
  const measured = Math.max(run.result?.elapsed_ms ?? 0, measuredUntil(tasks, lag));
  const p = run.result?.params;
  const expected = p
    ? p.delay_ms + p.block_ms
    : (Number(run.settings.delay_ms) || 0) + (Number(run.settings.block_ms) || 0);
  return Math.max(measured, expected);
}

/**
 * The blocking lab: ten tasks wait on one event loop, task 0 also sleeps, in three ways (await,
 * a blocking call, offloaded to a thread). Per mode: a lane per task on one time axis, the
 * loop's lag, the numbers, and what it shows; the code that ran comes from the server (`code`).
 */
export function BlockingLabPanel({
  code,
  channel,
}: {
  code: Record<BlockingEngine, Record<BlockingMode, ReactNode>>;
  channel?: RunChannel;
}) {
  const { settings, update, reset, runs, busy, run, cancel, clear, showRecording } =
    useBlockingLab(channel);
  const current = runs.at(-1);
  const { info, loading, engine, engineForRun } = useBlockingEngine(settings.engine);
  // The code tab shows what ran last (runs saved before engines existed ran on Node.js).
  const shownEngine: BlockingEngine = current?.result
    ? (current.result.params.engine ?? 'node')
    : engine;
  const [codeTab, setCodeTab] = useState<BlockingMode | null>(null);
  const idPrefix = useId();

  const { setup, latest } = useComparableRuns(
    runs,
    BLOCKING_MODES,
    blockingSetup,
    blockingSettingsSetup(settings, engine),
  );
  const [guesses, setGuesses] = useGuesses(BLOCKING_MODES, setup);
  const shownRuns = BLOCKING_MODES.flatMap((mode) => latest[mode] ?? []);
  const domainMs = Math.max(1, ...shownRuns.map(extentOf)) * 1.02;
  const failure = current?.status === 'error' ? current.error : null;
  const running = busy && current?.status === 'running' ? current : undefined;

  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRuns.some((r) => r.status === 'done');
  const atMs = replaying ? replay.t : null;
  const stepTimes = eventTimes(
    shownRuns.flatMap((r) => {
      const { tasks, lag } = splitEvents(r.events);
      return [...tasks, ...frozenSpans(lag).map((s) => ({ start_ms: s.from_ms, end_ms: s.to_ms }))];
    }),
  );

  const lagSeries: LagSeries[] = BLOCKING_MODES.flatMap((mode) => {
    const r = latest[mode];
    if (!r) return [];
    const { lag } = splitEvents(r.events);
    const shown = atMs === null ? lag : lag.filter((s) => s.t_ms <= atMs);
    return shown.length
      ? [
          {
            id: mode,
            label: modeMeta[mode].label,
            color: modeMeta[mode].color,
            points: lagRamp(shown),
          },
        ]
      : [];
  });

  const start = (modes: BlockingMode[]) => {
    setCodeTab(null);
    void engineForRun().then((chosen) => run(modes, { ...settings, engine: chosen }));
  };

  return (
    <LabPanel
      lab="blocking"
      ran={runs.some((r) => r.result)}
      title="One blocking call among async tasks"
      intro={
        <>
          Each button runs the tasks on a fresh event loop of this server (a worker thread, so the
          site itself keeps running) and streams every task&apos;s end and the loop&apos;s lag back
          as they happen.
        </>
      }
    >
      <PredictFirst
        question={
          <>
            Task 0 waits like the others, then sleeps {settings.block_ms || '…'} ms more. When are
            the <em>other</em> tasks done, in each mode?
          </>
        }
        variants={modeChoices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
      />

      <LabSettings values={{ ...settings, engine: ENGINE_LABEL[engine] }}>
        <EngineChoice
          name={`${idPrefix}-engine`}
          choices={[
            ...(info?.python
              ? [
                  {
                    value: 'cpython',
                    label: `CPython ${info.python.version}`,
                    hint: 'the Python files below, on one asyncio loop',
                  },
                ]
              : []),
            { value: 'node', label: 'Node.js', hint: 'their JavaScript twins, on one event loop' },
          ]}
          value={engine}
          onChange={(value) => update('engine', value)}
          disabled={busy}
          loading={loading}
          missing={
            info && !info.python
              ? 'python3 is not installed on this server, so the lab runs its Node.js engine.'
              : null
          }
        />

        <SettingsGrid
          className="mt-4 grid grid-cols-3 gap-x-3 gap-y-3"
          disabled={busy}
          fields={fields}
          values={settings}
          issues={failure?.issues ?? []}
          onChange={update}
          idPrefix={idPrefix}
        />
      </LabSettings>

      <VariantRunArea
        lab="blocking"
        variants={BLOCKING_MODES}
        controls={{
          allLabel: 'Run all three',
          choices: modeChoices,
          busy,
          onRun: start,
          onCancel: cancel,
          onReset: reset,
        }}
        running={
          running
            ? {
                what: <strong>{modeMeta[running.variant].label}</strong>,
                queued: running.queued,
                done: splitEvents(running.events).tasks.length,
                total: Number(running.settings.tasks) || BLOCKING_DEFAULTS.tasks,
                unit: 'Tasks',
              }
            : null
        }
        idle={endedText(current, (mode) => modeMeta[mode].label, 'the run’s thread')}
        failure={failure}
        onShowRecording={() => showRecording(recordedBlockingRuns())}
        replay={replaying ? { replay, durationMs: domainMs / 1.02, times: stepTimes } : null}
        timeline={(mode) => (
          <BlockingRunTimeline
            mode={mode}
            run={latest[mode]}
            domainMs={domainMs}
            atMs={atMs}
            guessMs={guessMs(guesses[mode])}
          />
        )}
      />

      {lagSeries.length > 0 ? (
        <ChartFigure
          testId="lag-chart"
          caption={`Event-loop lag: how late the loop ran a timer due every ${BLOCKING_LIMITS.tickMs} ms`}
        >
          <LagChart series={lagSeries} domainMs={domainMs} cursorMs={atMs} />
          <ChartLegend>
            {lagSeries.map((s) => (
              <LegendItem key={s.id} mark={<Swatch color={s.color} className="h-0.5 w-5" />}>
                {s.label}: worst {formatMs(Math.max(...s.points.map((p) => p.lag_ms)))}
              </LegendItem>
            ))}
          </ChartLegend>
          <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
            A late tick is drawn as the ramp it grew over: from when it was due to when the loop
            finally ran it.
          </p>
          <DataTable
            label="Event-loop lag samples"
            columns={['mode', 'tick ran at (ms)', 'late by (ms)']}
            rows={() =>
              BLOCKING_MODES.flatMap((mode) => {
                const r = latest[mode];
                return r
                  ? splitEvents(r.events).lag.map((s) => [
                      modeMeta[mode].label,
                      s.t_ms.toFixed(1),
                      s.lag_ms.toFixed(2),
                    ])
                  : [];
              })
            }
          />
        </ChartFigure>
      ) : null}

      <CodeThatRan
        tabs={variantCodeTabs(BLOCKING_MODES, modeMeta, code[shownEngine])}
        selected={codeTab ?? current?.variant ?? 'blocking-sleep'}
        onSelect={setCodeTab}
        note={
          shownEngine === 'cpython'
            ? 'The Python that ran: labs/blocking/workers/main.py starts every task at once on one asyncio loop (asyncio.gather), with a ticker that measures how late the loop runs a timer.'
            : "Node.js here, with the Python it stands for in each file's comment: each task is an async function, all started at once on one event loop."
        }
      />

      <FinishedRunHistory runs={runs} onClear={clear} {...blockingHistory} />
    </LabPanel>
  );
}
