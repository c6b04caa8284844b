'use client';

import { formatCount } from '@/lib/format';
import {
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { RaceConfigStyle } from './race-meta';
import { TOOLTIP_STYLE } from '@/components/charts/chart-style';
import { niceTicks } from '@/lib/charts/ticks';

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
  for (let tick = Math.floor(low / step) * step; tick <= Math.ceil(high / step) * step; tick += step) ticks.push(tick);
  return ticks.length > 1 ? ticks : [-1, 0, 1];
}

/** The money gap of every run, one series per configuration: lock=off scatters, lock=on sits on zero. */
export default function RaceRunsChart({ points }: { points: RaceRunPoint[] }) {
  const series = new Map<string, RaceRunPoint[]>();
  for (const point of points)
    series.set(point.style.key, [...(series.get(point.style.key) ?? []), point]);
  const lastRun = Math.max(1, ...points.map((p) => p.run));
  const yTicks = gapTicks(points.map((p) => p.difference));
  return (
    <ResponsiveContainer width="100%" height={RACE_RUNS_CHART_HEIGHT}>
      <ScatterChart margin={{ top: 8, right: 12, bottom: 4, left: 4 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          dataKey="run"
          name="run"
          domain={[0.5, lastRun + 0.5]}
          allowDecimals={false}
          ticks={Array.from({ length: lastRun }, (_, i) => i + 1).filter(
            (n) => lastRun <= 12 || n % Math.ceil(lastRun / 12) === 0,
          )}
          stroke="var(--chart-text)"
          fontSize={11}
          label={{
            value: 'run',
            position: 'insideBottomRight',
            offset: -2,
            fontSize: 11,
            fill: 'var(--chart-text)',
          }}
        />
        <YAxis
          type="number"
          dataKey="difference"
          name="money gap"
          domain={[yTicks[0], yTicks.at(-1)!]}
          ticks={yTicks}
          stroke="var(--chart-text)"
          fontSize={11}
          width={56}
          tickFormatter={compact}
        />
        <ReferenceLine y={0} stroke="var(--chart-text)" strokeWidth={1.5} />
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          contentStyle={TOOLTIP_STYLE}
          formatter={(value, name) => [formatCount(Number(value)), String(name)]}
          labelFormatter={() => ''}
        />
        {[...series.values()].map((data) => {
          const { style } = data[0];
          return (
            <Scatter
              key={style.key}
              name={style.label}
              data={data}
              shape={style.shape}
              fill={style.hollow ? 'var(--page-bg)' : style.color}
              stroke={style.color}
              strokeWidth={2}
              isAnimationActive={false}
            />
          );
        })}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
