'use client';

import type { ReactNode } from 'react';
import { LaneTimeline, type TimelineBar } from '@/components/charts/lane-timeline';
import { formatMs } from '@/lib/format';
import { clipAt } from '@/lib/replay/timeline';
import { parallelMs } from '@/labs/gil/lane-report';
import type { CpuResult, CpuStart } from '@/labs/gil/contract';
import {
  BUSY_MACHINE_SHARE,
  bestSpeedup,
  computeSpans,
  fullSpeedShare,
  speedupOver,
  splitCpuEvents,
  turnsPerLane,
} from '@/labs/gil/summary';
import type { CpuEngine, CpuStrategy } from '@/labs/gil/contract';
import { DataTable } from '@/components/lab-shell/data-table';
import { Reading, RecordingNote, ResultHeading } from '@/components/lab-shell/lab-panel';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { strategyMeta } from './strategy-meta';
import type { GilRun } from './use-gil-lab';

/** "CPython 3.11.7 · GIL on", "Node.js · model GIL": what ran, as the server reported it. */
export function engineBadge(
  start: Pick<CpuStart, 'engine' | 'gil' | 'model_gil' | 'python_version'>,
): string {
  const name =
    start.engine === 'cpython' ? `CPython ${start.python_version ?? ''}`.trim() : ENGINE_LABEL.node;
  const lock = start.model_gil
    ? 'model GIL'
    : start.gil
      ? 'GIL on'
      : start.engine === 'node'
        ? 'no GIL'
        : 'GIL off (free-threaded)';
  return `${name} · ${lock}`;
}

interface Numbers {
  result: CpuResult;
  turns: { min: number; max: number };
  speedup: number;
  best: number;
}

/** "What this shows", per strategy, with this run's numbers in it. */
const verdicts: Record<CpuStrategy, (n: Numbers) => ReactNode> = {
  sequential: ({ result }) => (
    <>
      <strong>The baseline.</strong> One thread computes one task after another:{' '}
      {formatMs(result.elapsed_ms)} for {result.params.tasks} × {formatMs(result.params.work_ms)} of
      work. Every other strategy is measured against it.
    </>
  ),
  // Under a GIL (and on one event loop) the lesson is the shape, not the speed-up: one lane at a
  // time. The speed-up, shown beside it, also moves with whatever else the machine was doing.
  threads: ({ result, turns, speedup, best }) =>
    result.gil ? (
      <>
        <strong>Taking turns.</strong> Under the {result.model_gil ? <em>model</em> : null} GIL only
        one thread computes at a time: the bars never overlap (two at once for{' '}
        {formatMs(result.parallel_ms)}), and each thread got the lock back{' '}
        {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} times, every ~
        {result.params.switch_interval_ms} ms. For pure-
        {result.engine === 'cpython' ? 'Python' : 'JavaScript'} CPU work, threads under a GIL add no
        computing power: at best they match sequential.
      </>
    ) : (
      <>
        <strong>In parallel.</strong> Without a GIL the threads computed at the same moment for{' '}
        {formatMs(result.parallel_ms)}, {result.parallelism} lanes busy on average: speed-up{' '}
        {speedup}× of at most {best}× on this server.
      </>
    ),
  processes: ({ result, speedup, best }) => (
    <>
      <strong>In parallel, at a price.</strong> Each process has its own interpreter
      {result.engine === 'cpython' ? ' and its own GIL' : ' (its own V8 isolate)'}, so they computed
      at the same moment for {formatMs(result.parallel_ms)}: speed-up {speedup}× of at most {best}×.
      Starting them took {formatMs(result.setup_ms)}, before the clock started; data would have to
      be copied between them.
    </>
  ),
  async: ({ result, turns }) => (
    <>
      <strong>Concurrency, not parallelism.</strong> One thread, one event loop: the tasks took
      turns at each <code>await</code> (every ~{result.params.switch_interval_ms} ms here,{' '}
      {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} turns each) and never
      computed at once (two at once for {formatMs(result.parallel_ms)}). Async helps waiting, not
      computing: at best it matches sequential.
    </>
  ),
};

/**
 * One strategy's latest run, in the spirit of David Beazley's GIL plots: one lane per thread,
 * process or task, a bar wherever that lane actually computed (gaps: it waited for the GIL, the
 * event loop or a core), on the time axis shared by all strategies; then the numbers the server
 * measured, and what they show.
 */
export function GilRunTimeline({
  strategy,
  engine,
  run,
  sequentialMs,
  domainMs,
  atMs = null,
  guessMs = null,
}: {
  strategy: CpuStrategy;
  /** The engine whose idiom the heading shows until a run says which engine ran. */
  engine: CpuEngine | null;
  run: GilRun | undefined;
  /** The comparable sequential run's elapsed time, for the speed-up. */
  sequentialMs: number | null;
  domainMs: number;
  atMs?: number | null;
  guessMs?: number | null;
}) {
  const meta = strategyMeta[strategy];
  const { start, lanes } = run ? splitCpuEvents(run.events) : { start: null, lanes: [] };
  const shownEngine = start?.engine ?? engine;
  const heading = (
    <ResultHeading
      color={meta.color}
      label={meta.label}
      idiom={shownEngine ? meta.idiom[shownEngine] : undefined}
    >
      {start ? (
        <span
          className="rounded bg-zinc-200/70 px-1.5 py-0.5 text-[11px] font-medium text-zinc-700 dark:bg-zinc-800 dark:text-zinc-300"
          data-testid={`engine-${strategy}`}
        >
          {engineBadge(start)}
        </span>
      ) : null}
    </ResultHeading>
  );
  if (!run) {
    return (
      <div className="py-3" data-strategy={strategy} data-state="empty">
        {heading}
        <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
          Not run with these settings yet.
        </p>
      </div>
    );
  }

  const tasks = start?.params.tasks ?? (Number(run.settings.tasks) || lanes.length);
  const laneIds = Array.from({ length: tasks }, (_, i) => i);
  const spans = computeSpans(lanes);
  const shown = atMs === null ? spans.map((s) => ({ ...s, running: false })) : clipAt(spans, atMs);
  const bars: TimelineBar[] = shown.map((s) => ({
    key: `${s.lane}-${s.start_ms}`,
    lane: String(s.lane),
    start: s.start_ms,
    end: s.end_ms,
    running: s.running,
    label: `${meta.laneNoun} ${s.lane}: computed ${formatMs(s.start_ms)} → ${formatMs(s.end_ms)}`,
  }));
  const result = run.result;
  const turns = lanes.length ? turnsPerLane(lanes) : null;
  const speedup = result
    ? sequentialMs !== null
      ? speedupOver(sequentialMs, result.elapsed_ms)
      : result.speedup
    : null;
  const best = start ? bestSpeedup(start.cores, start.params.tasks) : null;
  const lockName = start?.gil ? (start.model_gil ? 'the model GIL' : 'the GIL') : 'a core';
  const overlap = atMs === null ? (result?.parallel_ms ?? parallelMs(lanes)) : null;

  return (
    <div className="py-3" data-strategy={strategy} data-state={run.status}>
      {heading}
      <RecordingNote recording={run.recording} />
      <dl
        className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4"
        data-testid={`summary-${strategy}`}
      >
        <Reading label="Elapsed" {...(result ? { 'data-elapsed': result.elapsed_ms } : {})}>
          {result
            ? formatMs(result.elapsed_ms)
            : run.status === 'running'
              ? `${lanes.length} of ${tasks} done…`
              : run.status}
          {guessMs !== null ? (
            <span className="block font-normal text-zinc-500 dark:text-zinc-400">
              you guessed {formatMs(guessMs)}
            </span>
          ) : null}
        </Reading>
        <Reading
          label={sequentialMs !== null ? 'Speed-up vs sequential' : 'Speed-up vs tasks × work'}
          {...(speedup !== null ? { 'data-speedup': speedup } : {})}
        >
          {speedup !== null ? `${speedup}×` : '—'}
          {best !== null ? (
            <span className="block font-normal text-zinc-500 dark:text-zinc-400">
              at most {best}× here
            </span>
          ) : null}
        </Reading>
        <Reading
          label="Two or more computing at once"
          {...(overlap !== null ? { 'data-parallel-ms': overlap } : {})}
        >
          {overlap !== null ? formatMs(overlap) : '—'}
          {result ? (
            <span className="block font-normal text-zinc-500 dark:text-zinc-400">
              {result.parallelism} busy on average
            </span>
          ) : null}
        </Reading>
        <Reading label="Busy · turns per lane" {...(result ? { 'data-busy': result.busy_ms } : {})}>
          {result ? formatMs(result.busy_ms) : '—'}
          {turns ? (
            <span
              className="block font-normal text-zinc-500 dark:text-zinc-400"
              data-turns-max={turns.max}
            >
              {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} turns
            </span>
          ) : null}
        </Reading>
      </dl>
      <div className="mt-2">
        <LaneTimeline
          lanes={laneIds.map((id) => ({ id: String(id), label: `${meta.laneNoun} ${id}` }))}
          bars={bars}
          domainMs={domainMs}
          color={meta.color}
          cursorMs={atMs}
          maxHeight={170}
          label={`${meta.label}: when each of ${tasks} ${meta.laneNoun}s held ${lockName} and computed${
            result
              ? `; ${formatMs(result.elapsed_ms)} in total, ${formatMs(result.parallel_ms)} with two or more at once`
              : ''
          }`}
        />
      </div>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400">
        Bars: when a {meta.laneNoun} computed. Gaps: it waited for{' '}
        {start?.gil && strategy === 'threads'
          ? lockName
          : strategy === 'async'
            ? 'the event loop'
            : 'a core'}
        .{start ? ` Start-up before the clock: ${formatMs(start.setup_ms)}.` : ''}
      </p>
      {result && fullSpeedShare(result) < BUSY_MACHINE_SHARE ? (
        <p
          className="mt-2 text-xs font-medium text-amber-800 dark:text-amber-300"
          data-testid={`busy-machine-${strategy}`}
        >
          The machine&apos;s pace varied during this run: only{' '}
          {Math.round(fullSpeedShare(result) * 100)} % of the work ran at the pace it was calibrated
          at (other programs shared the cores, or the clock speed changed). Trust the
          timeline&apos;s shape more than the totals, or run it again.
        </p>
      ) : null}
      {result && atMs === null && turns && speedup !== null && best !== null ? (
        <p
          className="mt-2 text-sm text-zinc-700 dark:text-zinc-300"
          data-testid={`verdict-${strategy}`}
        >
          {verdicts[strategy]({ result, turns, speedup, best })}
        </p>
      ) : null}
      {lanes.length > 0 ? (
        <DataTable
          label={`${meta.label}: lanes`}
          columns={[
            'lane',
            'pid',
            'thread id',
            'turns',
            'busy (ms)',
            'done at (ms)',
            'computed (ms)',
          ]}
          rows={() =>
            lanes.map((lane) => [
              `${meta.laneNoun} ${lane.lane}`,
              lane.pid,
              lane.thread_id,
              lane.runs.length,
              lane.busy_ms.toFixed(1),
              lane.end_ms.toFixed(1),
              lane.runs.map(([a, b]) => `${a.toFixed(1)}–${b.toFixed(1)}`).join(', '),
            ])
          }
        />
      ) : null}
    </div>
  );
}
