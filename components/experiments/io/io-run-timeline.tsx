'use client';

import { useState } from 'react';
import { LaneTimeline, type TimelineBar, type TimelineLane } from '@/components/charts/lane-timeline';
import { formatMs } from '@/lib/format';
import { clipAt } from '@/lib/replay/timeline';
import type { IoStrategyName, RequestTiming } from '@/lib/io/types';
import { strategyMeta } from './strategy-meta';
import type { IoRun } from './use-io-runs';

/** The lanes a run draws: known up front for sequential and async, as threads appear for threads. */
function lanesOf(run: IoRun): { lanes: TimelineLane[]; laneOf: (r: RequestTiming) => string } {
  const count = Number(run.result?.params.count ?? run.settings.count) || run.requests.length;
  const byStrategy: Record<IoStrategyName, () => ReturnType<typeof lanesOf>> = {
    sequential: () => ({ lanes: [{ id: '0', label: 'main thread' }], laneOf: () => '0' }),
    async: () => {
      const slots = Math.max(1, Math.min(count, Number(run.result?.params.limit ?? run.settings.limit) || count));
      return {
        lanes: Array.from({ length: slots }, (_, i) => ({ id: String(i), label: `slot ${i + 1}` })),
        laneOf: (r) => String(r.lane),
      };
    },
    threads: () => {
      const ids = [...new Set(run.requests.map((r) => r.lane))].sort((a, b) => a - b);
      const workers = Math.max(ids.length, Math.min(count, Number(run.result?.params.workers ?? run.settings.workers) || 1));
      return {
        lanes: Array.from({ length: workers }, (_, i) => ({
          id: String(ids[i] ?? `pending-${i}`),
          label: ids[i] === -1 ? 'lost thread' : `thread ${i + 1}`,
        })),
        laneOf: (r) => String(r.lane),
      };
    },
  };
  return byStrategy[run.strategy]();
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
  const heading = (
    <h4 className="flex items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
      <span aria-hidden="true" className="inline-block size-3 rounded-sm" style={{ background: meta.color }} />
      {meta.label}
      <code className="text-xs font-normal text-zinc-500 dark:text-zinc-400">{meta.python}</code>
    </h4>
  );
  if (!run) {
    return (
      <div className="py-2" data-strategy={strategy} data-state="empty">
        {heading}
        <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">Not run yet.</p>
      </div>
    );
  }
  const { lanes, laneOf } = lanesOf(run);
  const shown = atMs === null ? run.requests.map((r) => ({ ...r, running: false })) : clipAt(run.requests, atMs);
  const bars: TimelineBar[] = shown.map((r) => ({
    key: String(r.task_id),
    lane: laneOf(r),
    start: r.start_ms,
    end: r.end_ms,
    failed: !r.ok && !r.running,
    running: r.running,
    label: r.running ? `request ${r.task_id}: in flight` : describe(r),
  }));
  const laneLabels = new Map(lanes.map((lane) => [lane.id, lane.label]));
  const total = Number(run.settings.count) || run.requests.length;
  const result = run.result;
  return (
    <div className="py-2" data-strategy={strategy} data-state={run.status}>
      <div className="flex flex-wrap items-baseline justify-between gap-x-4">
        {heading}
        {run.recording ? (
          <p className="w-full text-xs font-medium text-amber-800 dark:text-amber-300">
            Recording, not live: measured {run.recording.recorded_at} on {run.recording.machine}
          </p>
        ) : null}
        {result ? (
          <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400" data-testid={`summary-${strategy}`}>
            <span className="font-semibold text-zinc-900 dark:text-zinc-100" data-elapsed={result.elapsed_ms}>
              {formatMs(result.elapsed_ms)}
            </span>{' '}
            elapsed · ideal <span data-ideal={result.ideal_ms}>{formatMs(result.ideal_ms)}</span> · harness overhead{' '}
            {formatMs(result.overhead_ms)}
            {result.failed > 0 ? <span className="text-rose-700 dark:text-rose-300"> · {result.failed} failed</span> : null}
          </p>
        ) : (
          <p className="text-xs text-zinc-600 tabular-nums dark:text-zinc-400">
            {run.status === 'running' ? `${run.requests.length} of ${total} back…` : run.status === 'cancelled' ? 'cancelled' : 'failed'}
          </p>
        )}
      </div>
      <div className="mt-1">
        <LaneTimeline
          lanes={lanes}
          bars={bars}
          domainMs={domainMs}
          color={meta.color}
          cursorMs={atMs}
          label={`${meta.label}: ${run.requests.length} requests on ${lanes.length} lane${lanes.length === 1 ? '' : 's'}${
            result ? `, ${formatMs(result.elapsed_ms)} in total` : ''
          }`}
        />
      </div>
      {run.requests.length > 0 ? <RequestTable label={meta.label} requests={run.requests} laneLabel={(r) => laneLabels.get(laneOf(r)) ?? String(r.lane)} /> : null}
    </div>
  );
}

/** The numbers behind a timeline, for screen readers and for reading exact values; built on open. */
function RequestTable({ label, requests, laneLabel }: { label: string; requests: RequestTiming[]; laneLabel: (r: RequestTiming) => string }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-xs" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100">Data table</summary>
      {open ? (
        <div className="mt-2 max-h-64 overflow-auto rounded border border-zinc-200 dark:border-zinc-800" tabIndex={0} role="region" aria-label={`${label} requests`}>
          <table className="w-full text-left tabular-nums">
            <thead className="sticky top-0 bg-zinc-50 dark:bg-zinc-900">
              <tr>
                {['request', 'lane', 'start (ms)', 'end (ms)', 'duration (ms)', 'upstream wait (ms)', 'result'].map((h) => (
                  <th key={h} scope="col" className="px-2 py-1 font-medium">
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {[...requests]
                .sort((a, b) => a.task_id - b.task_id)
                .map((r) => (
                  <tr key={r.task_id} className="border-t border-zinc-100 dark:border-zinc-800">
                    <td className="px-2 py-0.5">{r.task_id}</td>
                    <td className="px-2 py-0.5">{laneLabel(r)}</td>
                    <td className="px-2 py-0.5">{r.start_ms.toFixed(1)}</td>
                    <td className="px-2 py-0.5">{r.end_ms.toFixed(1)}</td>
                    <td className="px-2 py-0.5">{(r.end_ms - r.start_ms).toFixed(1)}</td>
                    <td className="px-2 py-0.5">{r.delay_ms?.toFixed(1) ?? '—'}</td>
                    <td className="px-2 py-0.5">{r.ok ? r.status : r.error}</td>
                  </tr>
                ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </details>
  );
}
