'use client';

import type { TimelineBar, TimelineLane } from '@/components/charts/lane-timeline';
import { formatMs } from '@/lib/format';
import { shownAt } from '@/lib/replay/timeline';
import type { IoStrategyName, RequestTiming } from '@/labs/io/contract';
import { RecordingNote, ResultHeading } from '@/components/lab-shell/lab-panel';
import { RunLanes } from '@/components/lab-shell/run-lanes';
import { VariantNotRun, VariantResult } from '@/components/lab-shell/variant-result';
import { strategyMeta } from './strategy-meta';
import type { IoRun } from './use-io-runs';

/** The lanes a run draws: known up front for sequential and async, as threads appear for threads. */
function lanesOf(run: IoRun): { lanes: TimelineLane[]; laneOf: (r: RequestTiming) => string } {
  const count = Number(run.result?.params.count ?? run.settings.count) || run.events.length;
  const byStrategy: Record<IoStrategyName, () => ReturnType<typeof lanesOf>> = {
    sequential: () => ({ lanes: [{ id: '0', label: 'one thread' }], laneOf: () => '0' }),
    async: () => {
      const slots = Math.max(
        1,
        Math.min(count, Number(run.result?.params.limit ?? run.settings.limit) || count),
      );
      return {
        lanes: Array.from({ length: slots }, (_, i) => ({ id: String(i), label: `slot ${i + 1}` })),
        laneOf: (r) => String(r.lane),
      };
    },
    threads: () => {
      const ids = [...new Set(run.events.map((r) => r.lane))].sort((a, b) => a - b);
      const workers = Math.max(
        ids.length,
        Math.min(count, Number(run.result?.params.workers ?? run.settings.workers) || 1),
      );
      return {
        lanes: Array.from({ length: workers }, (_, i) => ({
          id: String(ids[i] ?? `pending-${i}`),
          label: ids[i] === -1 ? 'no thread' : `thread ${i + 1}`,
        })),
        laneOf: (r) => String(r.lane),
      };
    },
  };
  return byStrategy[run.variant]();
}

function describe(r: RequestTiming): string {
  const outcome = r.ok ? `HTTP ${r.status}` : `failed: ${r.error}`;
  const upstream = r.delay_ms === null ? '' : `, upstream waited ${formatMs(r.delay_ms)}`;
  return `request ${r.task_id}: ${formatMs(r.start_ms)} → ${formatMs(r.end_ms)} (${formatMs(r.end_ms - r.start_ms)}), ${outcome}${upstream}`;
}

/** One strategy's latest run: its lanes chart, the numbers, and the data behind the chart. */
export function IoRunTimeline({
  strategy,
  run,
  domainMs,
  atMs = null,
}: {
  strategy: IoStrategyName;
  run: IoRun | undefined;
  domainMs: number;
  /** Replay: show the run as it stood at this moment. */
  atMs?: number | null;
}) {
  const meta = strategyMeta[strategy];
  const heading = <ResultHeading color={meta.color} label={meta.label} idiom={meta.python} />;
  const block = { kind: 'strategy', variant: strategy, spacing: 'py-2' };
  if (!run) return <VariantNotRun {...block} heading={heading} />;
  const { lanes, laneOf } = lanesOf(run);
  const bars: TimelineBar[] = shownAt(run.events, atMs).map((r) => ({
    key: String(r.task_id),
    lane: laneOf(r),
    start: r.start_ms,
    end: r.end_ms,
    failed: !r.ok && !r.running,
    running: r.running,
    label: r.running ? `request ${r.task_id}: in flight` : describe(r),
  }));
  const laneLabels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  const total = Number(run.settings.count) || run.events.length;
  const result = run.result;
  return (
    <VariantResult {...block} state={run.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        {heading}
        <RecordingNote recording={run.recording} />
        {result ? (
          <p
            className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400"
            data-testid={`summary-${strategy}`}
          >
            <span
              className="font-semibold text-zinc-900 dark:text-zinc-100"
              data-elapsed={result.elapsed_ms}
            >
              {formatMs(result.elapsed_ms)}
            </span>{' '}
            elapsed · ideal <span data-ideal={result.ideal_ms}>{formatMs(result.ideal_ms)}</span> ·
            harness overhead {formatMs(result.overhead_ms)}
            {result.failed > 0 ? (
              <span className="text-rose-700 dark:text-rose-300"> · {result.failed} failed</span>
            ) : null}
          </p>
        ) : (
          <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {run.status === 'running'
              ? `${run.events.length} of ${total} back…`
              : run.status === 'cancelled'
                ? 'cancelled'
                : 'failed'}
          </p>
        )}
      </div>
      <RunLanes
        spacing="mt-1"
        lanes={lanes}
        bars={bars}
        domainMs={domainMs}
        color={meta.color}
        cursorMs={atMs}
        label={`${meta.label}: ${run.events.length} requests on ${lanes.length} lane${lanes.length === 1 ? '' : 's'}${
          result ? `, ${formatMs(result.elapsed_ms)} in total` : ''
        }`}
        table={
          run.events.length > 0
            ? {
                label: `${meta.label} requests`,
                columns: [
                  'request',
                  'lane',
                  'start (ms)',
                  'end (ms)',
                  'duration (ms)',
                  'upstream wait (ms)',
                  'result',
                ],
                rows: () =>
                  [...run.events]
                    .sort((a, b) => a.task_id - b.task_id)
                    .map((r) => [
                      r.task_id,
                      laneLabels.get(laneOf(r)) ?? String(r.lane),
                      r.start_ms.toFixed(1),
                      r.end_ms.toFixed(1),
                      (r.end_ms - r.start_ms).toFixed(1),
                      r.delay_ms?.toFixed(1) ?? '—',
                      r.ok ? (r.status ?? '—') : (r.error ?? 'failed'),
                    ]),
              }
            : null
        }
      />
    </VariantResult>
  );
}
