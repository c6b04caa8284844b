'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BAR_CURSOR, LABEL_AXIS, MS_AXIS, TOOLTIP_STYLE } from '@/components/charts/chart-style';
import { formatMs } from '@/lib/format';
import { TOTALS_CHART_HEIGHT, type TotalsRow } from './totals-chart-size';

/** Measured time beside the ideal (and the reader's guess) for each strategy's latest run. */
export default function TotalsChart({ rows }: { rows: TotalsRow[] }) {
  const hasGuess = rows.some((row) => row.guess !== null);
  return (
    <ResponsiveContainer width="100%" height={TOTALS_CHART_HEIGHT}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 16, bottom: 4, left: 4 }}
        barGap={2}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        {/* Few ticks, kept apart: at 360 px five time labels run into each other. */}
        <XAxis {...MS_AXIS} tickCount={4} minTickGap={24} interval="preserveStartEnd" />
        <YAxis {...LABEL_AXIS} width={84} />
        <Tooltip formatter={(value) => formatMs(Number(value))} cursor={BAR_CURSOR} contentStyle={TOOLTIP_STYLE} />
        <Bar dataKey="elapsed" name="measured" isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.label} fill={row.color} />
          ))}
        </Bar>
        <Bar
          dataKey="ideal"
          name="ideal (zero overhead)"
          fill="var(--chart-text)"
          fillOpacity={0.35}
          isAnimationActive={false}
        />
        {hasGuess ? (
          <Bar
            dataKey="guess"
            name="your prediction"
            fill="none"
            stroke="var(--chart-text)"
            strokeDasharray="4 3"
            isAnimationActive={false}
          />
        ) : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
