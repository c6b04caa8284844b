'use client';

import { formatMs } from '@/lib/format';
import { BLOCKING_LIMITS } from '@/labs/blocking/limits';
import { lagRamp, splitEvents } from '@/labs/blocking/summary';
import { BLOCKING_MODES, type BlockingMode } from '@/labs/blocking/contract';
import { ChartLegend, LegendItem } from '@/components/charts/chart-legend';
import { ChartFigure } from '@/components/lab-shell/chart-figure';
import { DataTable } from '@/components/lab-shell/data-table';
import { Swatch } from '@/components/lab-shell/lab-panel';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import type { LagSeries } from './lag-chart';
import { LAG_CHART_HEIGHT } from './lag-chart-size';
import { modeMeta } from './mode-meta';
import type { BlockingRun } from './use-blocking-runs';

const LagChart = lazyChart(() => import('./lag-chart'), LAG_CHART_HEIGHT);

/**
 * The event loop's lag in each mode's latest run, on the timelines' time axis (as it stood at
 * `atMs` during a replay), its worst per mode, and the samples; nothing before any sample.
 */
export function LagFigure({
  latest,
  domainMs,
  atMs,
}: {
  latest: Record<BlockingMode, BlockingRun | undefined>;
  domainMs: number;
  atMs: number | null;
}) {
  const series: LagSeries[] = BLOCKING_MODES.flatMap((mode) => {
    const r = latest[mode];
    if (!r) return [];
    const { lag } = splitEvents(r.events);
    const shown = atMs === null ? lag : lag.filter((s) => s.t_ms <= atMs);
    const { label, color } = modeMeta[mode];
    return shown.length ? [{ id: mode, label, color, points: lagRamp(shown) }] : [];
  });
  if (series.length === 0) return null;
  return (
    <ChartFigure
      testId="lag-chart"
      caption={`Event-loop lag: how late the loop ran a timer due every ${BLOCKING_LIMITS.tickMs} ms`}
    >
      <LagChart series={series} domainMs={domainMs} cursorMs={atMs} />
      <ChartLegend>
        {series.map((s) => (
          <LegendItem key={s.id} mark={<Swatch color={s.color} className="h-0.5 w-5" />}>
            {s.label}: worst {formatMs(Math.max(...s.points.map((p) => p.lag_ms)))}
          </LegendItem>
        ))}
      </ChartLegend>
      <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-slide-hidden="">
        A late tick is drawn as the ramp it grew over: from when it was due to when the loop finally
        ran it.
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
  );
}
