'use client';

import { formatCount } from '@/lib/format';
import { ReferenceLine } from 'recharts';
import type { RaceConfigStyle } from './race-meta';
import { axisTitle, ScatterFrame } from '@/components/charts/scatter-frame';
import { niceTicks } from '@/lib/charts/ticks';
import { useChartHeight } from '@/components/lab-shell/chart-figure';

/** One finished run as a point: its number in the history and its money gap. */
export interface RaceRunPoint {
  run: number;
  difference: number;
  lost_updates: number;
  style: RaceConfigStyle;
}

export const RACE_RUNS_CHART_HEIGHT = 220;

const compact = (v: number) =>
  new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 }).format(v);

/**
 * Round ticks for the gap axis. It always spans zero, the line where no money was lost, so
 * a lone run, or runs that all lost the same, still show how far from zero they are.
 */
function gapTicks(gaps: number[]): number[] {
  const low = Math.min(0, ...gaps);
  const high = Math.max(0, ...gaps);
  const step = niceTicks(high - low)[1] ?? 1;
  const ticks: number[] = [];
  for (
    let tick = Math.floor(low / step) * step;
    tick <= Math.ceil(high / step) * step;
    tick += step
  )
    ticks.push(tick);
  return ticks.length > 1 ? ticks : [-1, 0, 1];
}

/** The x axis: each run by its number, one tick per run (about 12 ticks at most). */
function runAxis(lastRun: number) {
  const every = lastRun <= 12 ? 1 : Math.ceil(lastRun / 12);
  return {
    dataKey: 'run',
    name: 'run',
    domain: [0.5, lastRun + 0.5],
    allowDecimals: false,
    ticks: Array.from({ length: lastRun }, (_, i) => i + 1).filter((n) => n % every === 0),
    label: axisTitle('run', 'insideBottomRight', -2),
  };
}

/** The money gap of every run, one series per configuration: lock=off scatters, lock=on sits on zero. */
export default function RaceRunsChart({ points }: { points: RaceRunPoint[] }) {
  // On a slide the chart sits beside the run's cards (app/present/present.css).
  const height = useChartHeight(RACE_RUNS_CHART_HEIGHT, 170);
  const series = new Map<string, RaceRunPoint[]>();
  for (const point of points)
    series.set(point.style.key, [...(series.get(point.style.key) ?? []), point]);
  const lastRun = Math.max(1, ...points.map((p) => p.run));
  const yTicks = gapTicks(points.map((p) => p.difference));
  return (
    <ScatterFrame
      height={height}
      margin={{ top: 8, right: 12, bottom: 4, left: 4 }}
      x={runAxis(lastRun)}
      y={{
        dataKey: 'difference',
        name: 'money gap',
        domain: [yTicks[0], yTicks.at(-1)!],
        ticks: yTicks,
        width: 56,
        tickFormatter: compact,
      }}
      tooltip={{
        formatter: (value, name) => [formatCount(Number(value)), String(name)],
        labelFormatter: () => '',
      }}
      references={<ReferenceLine y={0} stroke="var(--chart-text)" strokeWidth={1.5} />}
      series={[...series.values()].map((data) => ({ ...data[0].style, points: data, outline: 2 }))}
    />
  );
}
