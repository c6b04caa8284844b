'use client';

import type { TimelineBar } from '@/components/charts/lane-timeline';
import { formatMs } from '@/lib/format';
import { shownAt } from '@/lib/replay/timeline';
import { parallelMs } from '@/labs/gil/lane-report';
import type { CpuStart } from '@/labs/gil/contract';
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
import { Reading, ResultHeading, useStageLayout } from '@/components/lab-shell/lab-panel';
import { RunLanes } from '@/components/lab-shell/run-lanes';
import {
  ElapsedReading,
  GuessNote,
  ReadingNote,
  Readings,
  RunVerdict,
  VariantNotRun,
  VariantResult,
} from '@/components/lab-shell/variant-result';
import { ENGINE_LABEL } from '@/lib/experiments/engines';
import { gilVerdicts } from './gil-verdicts';
import { strategyMeta } from './strategy-meta';
import type { GilRun } from './use-gil-lab';

// On a slide four strategies' timelines share the slide's height with their readings beside them.
const STAGE_LANES_HEIGHT = 56;

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
  const stage = useStageLayout();
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
          data-slide-hidden=""
        >
          {engineBadge(start)}
        </span>
      ) : null}
    </ResultHeading>
  );
  const block = { kind: 'strategy', variant: strategy, heading };
  if (!run) return <VariantNotRun {...block} />;

  const tasks = start?.params.tasks ?? (Number(run.settings.tasks) || lanes.length);
  const laneIds = Array.from({ length: tasks }, (_, i) => i);
  const spans = computeSpans(lanes);
  const bars: TimelineBar[] = shownAt(spans, atMs).map((s) => ({
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
    <VariantResult {...block} state={run.status} recording={run.recording}>
      <Readings variant={strategy}>
        <ElapsedReading run={run} progress={`${lanes.length} of ${tasks} done…`}>
          <GuessNote guessMs={guessMs} />
        </ElapsedReading>
        <Reading
          label={sequentialMs !== null ? 'Speed-up vs sequential' : 'Speed-up vs tasks × work'}
          {...(speedup !== null ? { 'data-speedup': speedup } : {})}
        >
          {speedup !== null ? `${speedup}×` : '—'}
          {best !== null ? <ReadingNote>at most {best}× here</ReadingNote> : null}
        </Reading>
        <Reading
          label="Two or more computing at once"
          {...(overlap !== null ? { 'data-parallel-ms': overlap } : {})}
        >
          {overlap !== null ? formatMs(overlap) : '—'}
          {result ? <ReadingNote>{result.parallelism} busy on average</ReadingNote> : null}
        </Reading>
        <Reading label="Busy · turns per lane" {...(result ? { 'data-busy': result.busy_ms } : {})}>
          {result ? formatMs(result.busy_ms) : '—'}
          {turns ? (
            <ReadingNote data-turns-max={turns.max}>
              {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} turns
            </ReadingNote>
          ) : null}
        </Reading>
      </Readings>
      <RunLanes
        lanes={laneIds.map((id) => ({ id: String(id), label: `${meta.laneNoun} ${id}` }))}
        bars={bars}
        domainMs={domainMs}
        color={meta.color}
        cursorMs={atMs}
        maxHeight={stage ? STAGE_LANES_HEIGHT : 170}
        label={`${meta.label}: when each of ${tasks} ${meta.laneNoun}s held ${lockName} and computed${
          result
            ? `; ${formatMs(result.elapsed_ms)} in total, ${formatMs(result.parallel_ms)} with two or more at once`
            : ''
        }`}
        table={
          lanes.length > 0
            ? {
                label: `${meta.label}: lanes`,
                columns: [
                  'lane',
                  'pid',
                  'thread id',
                  'turns',
                  'busy (ms)',
                  'done at (ms)',
                  'computed (ms)',
                ],
                rows: () =>
                  lanes.map((lane) => [
                    `${meta.laneNoun} ${lane.lane}`,
                    lane.pid,
                    lane.thread_id,
                    lane.runs.length,
                    lane.busy_ms.toFixed(1),
                    lane.end_ms.toFixed(1),
                    lane.runs.map(([a, b]) => `${a.toFixed(1)}–${b.toFixed(1)}`).join(', '),
                  ]),
              }
            : null
        }
      >
        <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-slide-hidden="">
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
            data-slide-hidden=""
          >
            The machine&apos;s pace varied during this run: only{' '}
            {Math.round(fullSpeedShare(result) * 100)} % of the work ran at the pace it was
            calibrated at (other programs shared the cores, or the clock speed changed). Trust the
            timeline&apos;s shape more than the totals, or run it again.
          </p>
        ) : null}
        {result && atMs === null && turns && speedup !== null && best !== null ? (
          <RunVerdict variant={strategy}>
            {gilVerdicts[strategy]({ result, turns, speedup, best })}
          </RunVerdict>
        ) : null}
      </RunLanes>
    </VariantResult>
  );
}
