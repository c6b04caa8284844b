'use client';

import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts';
import { MS_AXIS } from '@/components/charts/chart-style';
import { niceTicks } from '@/lib/charts/ticks';
import { formatMs } from '@/lib/format';
import type { LagSample } from '@/labs/blocking/contract';
import { useChartHeight } from '@/components/lab-shell/chart-figure';
import { LAG_CHART_HEIGHT } from './lag-chart-size';

export interface LagSeries {
  id: string;
  label: string;
  color: string;
  /** `lagRamp` of the samples: each late tick as the ramp it grew over. */
  points: LagSample[];
}

/** How late each run's event loop ran its 10 ms ticker, over the run's clock, one line per mode. */
export default function LagChart({
  series,
  domainMs,
  cursorMs,
}: {
  series: LagSeries[];
  domainMs: number;
  cursorMs: number | null;
}) {
  const height = useChartHeight(LAG_CHART_HEIGHT, 150);
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart margin={{ top: 8, right: 12, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis
          {...MS_AXIS}
          dataKey="t_ms"
          domain={[0, domainMs]}
          ticks={niceTicks(domainMs, 5)}
          allowDataOverflow
        />
        <YAxis
          {...MS_AXIS}
          dataKey="lag_ms"
          width={64}
          tickFormatter={(v: number) => (v === 0 ? '0' : formatMs(v))}
        />
        {series.map((s) => (
          <Line
            key={s.id}
            data={s.points}
            dataKey="lag_ms"
            name={s.label}
            stroke={s.color}
            strokeWidth={2}
            dot={false}
            isAnimationActive={false}
            type="linear"
          />
        ))}
        {cursorMs !== null ? (
          <ReferenceLine x={cursorMs} stroke="currentColor" strokeDasharray="3 2" />
        ) : null}
      </LineChart>
    </ResponsiveContainer>
  );
}
