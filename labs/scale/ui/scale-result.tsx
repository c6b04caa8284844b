'use client';

import { formatBytes, formatMs } from '@/lib/format';
import { formatMicros, scalePoint } from '@/labs/scale/chart-data';
import type { ScaleResult } from '@/labs/scale/contract';
import { SCALE_UNIT_NAMES } from '@/labs/scale/settings';
import { RecordingNote, Swatch } from '@/components/lab-shell/lab-panel';
import { scaleSeriesMeta } from './scale-meta';
import type { ScaleRun } from './use-scale-runs';

const card =
  'rounded-lg border border-zinc-200 bg-white px-3 py-2 dark:border-zinc-800 dark:bg-zinc-950/60';
const cardTitle = 'text-xs font-medium text-zinc-600 dark:text-zinc-400';
const big = 'text-2xl font-bold tracking-tight text-zinc-900 tabular-nums dark:text-zinc-100';
const small = 'text-xs text-zinc-600 tabular-nums dark:text-zinc-400';

/** A finished scale run: creation time, memory over the baseline, per unit, and (threads) the kernel's stacks. */
export function ScaleResultView({ run, result }: { run: ScaleRun; result: ScaleResult }) {
  const names = SCALE_UNIT_NAMES[result.kind][result.engine];
  const point = scalePoint(result);
  const grown = result.rss_peak_bytes - result.rss_baseline_bytes;
  const meta = scaleSeriesMeta[`${result.engine}-${result.kind}`];
  return (
    <div
      className="mt-4"
      data-testid="scale-result"
      data-kind={result.kind}
      data-engine={result.engine}
      data-count={result.count}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h4 className="flex items-center gap-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          <Swatch color={meta.color} className="size-3" />
          {result.count.toLocaleString('en-US')} {result.count === 1 ? names.one : names.many}
        </h4>
        <p className="text-xs text-zinc-600 dark:text-zinc-400">
          {result.runtime} · each slept {formatMs(result.sleep_ms)}
        </p>
        <RecordingNote recording={run.recording} />
      </div>
      <div className="mt-3 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <div
          className={card}
          data-testid="scale-per-unit"
          data-bytes-per-unit={result.bytes_per_unit}
        >
          <p className={cardTitle}>Memory per {names.one}</p>
          <p className={big}>{formatBytes(result.bytes_per_unit)}</p>
          <p className={small}>resident (RSS), peak over baseline ÷ N</p>
        </div>
        <div className={card} data-testid="scale-rss" data-grown={grown}>
          <p className={cardTitle}>Peak memory over baseline</p>
          <p className={big}>{formatBytes(grown)}</p>
          <p className={small}>
            {formatBytes(result.rss_baseline_bytes)} → {formatBytes(result.rss_peak_bytes)}
          </p>
        </div>
        <div className={card} data-testid="scale-create" data-create-ms={result.create_ms}>
          <p className={cardTitle}>Time to create all</p>
          <p className={big}>{formatMs(result.create_ms)}</p>
          <p className={small}>
            {formatMicros(point.create_us)} per unit · whole run {formatMs(result.elapsed_ms)}
          </p>
        </div>
        <div
          className={card}
          data-testid="scale-kernel"
          data-kernel={result.kernel_stack_delta_bytes ?? ''}
        >
          <p className={cardTitle}>Kernel stacks</p>
          {result.kind === 'threads' && result.kernel_stack_delta_bytes !== null ? (
            <>
              <p className={big}>{formatBytes(result.kernel_stack_delta_bytes)}</p>
              <p className={small}>
                {formatBytes(point.kernel_bytes_per_unit ?? 0)} per thread, not in RSS
              </p>
            </>
          ) : (
            <>
              <p className={big}>—</p>
              <p className={small}>
                {result.kind === 'tasks'
                  ? 'tasks hold no thread, so no kernel stack'
                  : 'not measured on this system'}
              </p>
            </>
          )}
        </div>
      </div>
      <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400" data-slide-hidden="">
        Peak from {result.rss_source}. Kernel stacks are the growth of <code>KernelStack</code> in{' '}
        <code>/proc/meminfo</code> while the units slept: machine-wide, so other work on the server
        adds noise.
      </p>
    </div>
  );
}
