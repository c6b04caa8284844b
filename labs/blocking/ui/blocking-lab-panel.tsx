'use client';

import { useId, useState } from 'react';
import { eventTimes } from '@/lib/replay/timeline';
import { BLOCKING_DEFAULTS, BLOCKING_LIMITS } from '@/labs/blocking/limits';
import { recordedBlockingRuns } from '@/labs/blocking/recording';
import { frozenSpans, measuredUntil, othersLateness, splitEvents } from '@/labs/blocking/summary';
import {
  BLOCKING_MODES,
  BLOCKING_TASK,
  type BlockingEngine,
  type BlockingMode,
} from '@/labs/blocking/contract';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { CodeThatRan } from '@/components/lab-shell/code-that-ran';
import { labFrame, lastRun, variantCodeTabs } from '@/components/lab-shell/lab-variants';
import type { LabPanelProps } from '@/components/lab-shell/lab-variants';
import { EngineChoice } from '@/components/lab-shell/engine-choice';
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
import { blockingHistory } from './blocking-history';
import { BlockingRunTimeline } from './blocking-run-timeline';
import { LagFigure } from './lag-figure';
import { blockingVariants, modeMeta } from './mode-meta';
import {
  blockingSettingsSetup,
  blockingSetup,
  useBlockingEngine,
  useBlockingLab,
  type BlockingRun,
  type BlockingSettings,
} from './use-blocking-runs';

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

/** What the prediction asks for: when the other tasks (all but the blocking one) were done. */
function othersDoneBy(run: BlockingRun): number | undefined {
  if (!run.result) return undefined;
  return othersLateness(run.result.tasks, run.result.params.delay_ms, BLOCKING_TASK)?.last_end_ms;
}

/**
 * The blocking lab: ten tasks wait on one event loop, task 0 also sleeps, in three ways (await,
 * a blocking call, offloaded to a thread). Per mode: a lane per task on one time axis, the
 * loop's lag, the numbers, and what it shows; the code that ran comes from the server (`code`).
 */
export function BlockingLabPanel({ code, channel }: LabPanelProps<BlockingEngine, BlockingMode>) {
  const lab = useBlockingLab(channel);
  const { settings, update, runs, busy, run } = lab;
  const { current, failure } = lastRun(runs, busy);
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

  const replay = useRunReplay(domainMs / 1.02, busy);
  const replaying = !busy && shownRuns.some((r) => r.status === 'done');
  const atMs = replaying ? replay.t : null;
  const stepTimes = eventTimes(
    shownRuns.flatMap((r) => {
      const { tasks, lag } = splitEvents(r.events);
      return [...tasks, ...frozenSpans(lag).map((s) => ({ start_ms: s.from_ms, end_ms: s.to_ms }))];
    }),
  );

  const start = (modes: BlockingMode[]) => {
    setCodeTab(null);
    void engineForRun().then((chosen) => run(modes, { ...settings, engine: chosen }));
  };

  return (
    <LabPanel
      {...labFrame(blockingVariants, runs)}
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
        variants={blockingVariants.choices}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={idPrefix}
        {...classTimes(BLOCKING_MODES, latest, othersDoneBy, (run) => {
          const { tasks, lag } = splitEvents(run.events);
          return [measuredUntil(tasks, lag)];
        })}
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

        <SettingsGrid state={lab} fields={fields} failure={failure} idPrefix={idPrefix} />
      </LabSettings>

      <VariantRunArea
        labVariants={blockingVariants}
        state={lab}
        progress={(running) => ({
          what: <strong>{modeMeta[running.variant].label}</strong>,
          done: splitEvents(running.events).tasks.length,
          total: Number(running.settings.tasks) || BLOCKING_DEFAULTS.tasks,
          unit: 'Tasks',
        })}
        onRun={start}
        recorded={recordedBlockingRuns}
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

      <LagFigure latest={latest} domainMs={domainMs} atMs={atMs} />

      <CodeThatRan
        tabs={variantCodeTabs(blockingVariants, code[shownEngine])}
        selected={codeTab ?? current?.variant ?? 'blocking-sleep'}
        onSelect={setCodeTab}
        note={
          shownEngine === 'cpython'
            ? 'The Python that ran: labs/blocking/workers/main.py starts every task at once on one asyncio loop (asyncio.gather), with a ticker that measures how late the loop runs a timer.'
            : "Node.js here, with the Python it stands for in each file's comment: each task is an async function, all started at once on one event loop."
        }
      />

      <FinishedRunHistory runs={runs} onClear={lab.clear} {...blockingHistory} />
    </LabPanel>
  );
}
