'use client';

import type { TimelineAnnotation, TimelineBar } from '@/components/charts/lane-timeline';
import { formatMs } from '@/lib/format';
import { shownAt } from '@/lib/replay/timeline';
import { frozenSpans, measuredUntil, othersLateness, splitEvents } from '@/labs/blocking/summary';
import { BLOCKING_DEFAULTS } from '@/labs/blocking/limits';
import { BLOCKING_TASK, type BlockingMode } from '@/labs/blocking/contract';
import { Reading, ResultHeading, Swatch } from '@/components/lab-shell/lab-panel';
import { RunLanes } from '@/components/lab-shell/run-lanes';
import {
  ElapsedReading,
  GuessNote,
  Readings,
  RunVerdict,
  VariantNotRun,
  VariantResult,
} from '@/components/lab-shell/variant-result';
import { blockingVerdicts } from './blocking-verdicts';
import { BLOCKER_COLOR, modeMeta } from './mode-meta';
import type { BlockingRun } from './use-blocking-runs';

/** The run's parameters: the server's once known, else the typed ones (defaults for blanks). */
function paramsOf(run: BlockingRun) {
  if (run.result) return run.result.params;
  const value = (key: keyof typeof BLOCKING_DEFAULTS) =>
    Number(run.settings[key].trim() || BLOCKING_DEFAULTS[key]) || BLOCKING_DEFAULTS[key];
  return { tasks: value('tasks'), delay_ms: value('delay_ms'), block_ms: value('block_ms') };
}

/**
 * One mode's latest run: the numbers, one lane per task on the shared time axis (task 0, the
 * one that also sleeps, drawn apart), the frozen stretch of the loop, and what it shows.
 */
export function BlockingRunTimeline({
  mode,
  run,
  domainMs,
  atMs = null,
  guessMs = null,
}: {
  mode: BlockingMode;
  run: BlockingRun | undefined;
  domainMs: number;
  /** Replay: show the run as it stood at this moment. */
  atMs?: number | null;
  /** The reader's prediction of when the other tasks finish. */
  guessMs?: number | null;
}) {
  const meta = modeMeta[mode];
  const heading = <ResultHeading color={meta.color} label={meta.label} idiom={meta.python} />;
  const block = { kind: 'mode', variant: mode, heading };
  if (!run) return <VariantNotRun {...block} />;

  const params = paramsOf(run);
  const { tasks, lag } = splitEvents(run.events);
  const shownLag = atMs === null ? lag : lag.filter((s) => s.t_ms <= atMs);
  const frozen = frozenSpans(shownLag);
  const now = measuredUntil(tasks, lag);
  const shown = [
    ...shownAt(tasks, atMs),
    // Live: a task reports its times when it ends; until then it is drawn up to the latest
    // moment the run has reported (all tasks start together, within a few ms of 0).
    ...(atMs === null && run.status === 'running'
      ? Array.from({ length: params.tasks }, (_, id) => id)
          .filter((id) => !tasks.some((t) => t.task_id === id))
          .map((task_id) => ({ task_id, start_ms: 0, end_ms: now, running: true }))
      : []),
  ];
  const lanes = Array.from({ length: params.tasks }, (_, id) => ({
    id: String(id),
    label: `task ${id}`,
  }));
  const bars: TimelineBar[] = shown.map((t) => ({
    key: String(t.task_id),
    lane: String(t.task_id),
    start: t.start_ms,
    end: t.end_ms,
    running: t.running,
    color: t.task_id === BLOCKING_TASK ? BLOCKER_COLOR : undefined,
    label: t.running
      ? `task ${t.task_id}: still waiting`
      : `task ${t.task_id}: ${formatMs(t.start_ms)} → ${formatMs(t.end_ms)}, ${formatMs(t.end_ms - t.start_ms)}`,
  }));
  const annotations: TimelineAnnotation[] = [
    { key: 'due', from: params.delay_ms, label: 'timers due' },
    ...frozen.map((span) => ({
      key: `frozen-${span.from_ms}`,
      from: span.from_ms,
      to: span.to_ms,
      label: 'loop stalled',
    })),
  ];
  // The polite tasks' lateness is read from what is shown (so it grows during a replay too).
  const finished = shown.filter((t) => !t.running);
  const late = othersLateness(finished, params.delay_ms, BLOCKING_TASK);
  const maxLag = Math.max(0, ...shownLag.map((s) => s.lag_ms));
  const result = run.result;

  return (
    <VariantResult {...block} state={run.status} recording={run.recording}>
      <Readings variant={mode}>
        <ElapsedReading run={run} progress={`${formatMs(now)}…`} />
        <Reading
          label={`Other tasks, due at ${formatMs(params.delay_ms)}`}
          {...(late ? { 'data-late-max': late.max_late_ms } : {})}
        >
          {late
            ? `done by ${formatMs(late.last_end_ms)}, ≤ ${formatMs(late.max_late_ms)} late`
            : '—'}
          <GuessNote guessMs={guessMs} />
        </Reading>
        <Reading label="This run's loop: worst lag" data-max-lag={maxLag}>
          {formatMs(maxLag)}
        </Reading>
        <Reading
          label="The site's own loop meanwhile"
          {...(result ? { 'data-main-lag': result.main_loop_max_lag_ms } : {})}
        >
          {result ? `≤ ${formatMs(result.main_loop_max_lag_ms)} late` : '—'}
        </Reading>
      </Readings>
      <RunLanes
        lanes={lanes}
        bars={bars}
        domainMs={domainMs}
        color={meta.color}
        cursorMs={atMs}
        maxHeight={190}
        annotations={annotations}
        label={`${meta.label}: ${params.tasks} tasks${result ? `, all done after ${formatMs(result.elapsed_ms)}` : ''}${
          late
            ? `; the other tasks finished up to ${formatMs(late.max_late_ms)} after their timer`
            : ''
        }${frozen.length ? `; the loop stalled for ${formatMs(frozen.reduce((sum, s) => sum + s.to_ms - s.from_ms, 0))}` : ''}`}
        table={
          tasks.length > 0
            ? {
                label: `${meta.label}: tasks`,
                columns: ['task', 'start (ms)', 'end (ms)', 'took (ms)', 'after its timer (ms)'],
                rows: () =>
                  tasks.map((t) => [
                    t.task_id === BLOCKING_TASK ? `${t.task_id} (also sleeps)` : t.task_id,
                    t.start_ms.toFixed(1),
                    t.end_ms.toFixed(1),
                    (t.end_ms - t.start_ms).toFixed(1),
                    (t.end_ms - t.start_ms - params.delay_ms).toFixed(1),
                  ]),
              }
            : null
        }
      >
        <p
          className="mt-1 flex items-center gap-1.5 text-xs text-zinc-600 dark:text-zinc-400"
          data-slide-hidden=""
        >
          <Swatch color={BLOCKER_COLOR} />
          task 0 waits {formatMs(params.delay_ms)}, then {meta.blocker} ({formatMs(params.block_ms)}
          )
        </p>
        {result && atMs === null ? (
          <RunVerdict variant={mode}>
            {blockingVerdicts[mode]({
              late,
              maxLag: result.max_lag_ms,
              mainLag: result.main_loop_max_lag_ms,
              blockMs: params.block_ms,
            })}
          </RunVerdict>
        ) : null}
      </RunLanes>
    </VariantResult>
  );
}
