'use client';

import {
  Bar,
  BarChart,
  CartesianGrid,
  Cell,
  LabelList,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { BAR_CURSOR, LABEL_AXIS, MS_AXIS, TOOLTIP_STYLE } from '@/components/charts/chart-style';
import { formatMs } from '@/lib/format';
import { ELAPSED_CHART_HEIGHT } from './elapsed-chart-size';

export interface ElapsedRow {
  label: string;
  color: string;
  elapsed: number;
  /** Speed-up over sequential (or over tasks × work when there is no sequential run). */
  speedup: number;
  guess: number | null;
}

/**
 * Elapsed time per strategy (latest comparable runs), labelled with the speed-up, against two
 * marks (explained by the legend below the chart): one task after another (tasks × work, dashed)
 * and the best this server's cores allow (dotted).
 */
export default function ElapsedChart({
  rows,
  sequentialMs,
  bestMs,
}: {
  rows: ElapsedRow[];
  sequentialMs: number;
  bestMs: number;
}) {
  const hasGuess = rows.some((row) => row.guess !== null);
  return (
    <ResponsiveContainer width="100%" height={ELAPSED_CHART_HEIGHT}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 4, right: 44, bottom: 4, left: 4 }}
        barGap={2}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis {...MS_AXIS} />
        <YAxis {...LABEL_AXIS} width={80} />
        <Tooltip formatter={(value) => formatMs(Number(value))} cursor={BAR_CURSOR} contentStyle={TOOLTIP_STYLE} />
        <Bar dataKey="elapsed" name="measured" maxBarSize={28} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.label} fill={row.color} />
          ))}
          <LabelList
            dataKey="speedup"
            position="right"
            fontSize={11}
            fill="var(--chart-text)"
            formatter={(v: unknown) => `${Number(v)}×`}
          />
        </Bar>
        {hasGuess ? (
          <Bar
            dataKey="guess"
            name="your prediction"
            maxBarSize={28}
            fill="none"
            stroke="var(--chart-text)"
            strokeDasharray="4 3"
            isAnimationActive={false}
          />
        ) : null}
        {/* Drawn after the bars, so the marks stay visible across them. */}
        <ReferenceLine x={sequentialMs} stroke="var(--chart-text)" strokeDasharray="4 3" />
        {bestMs < sequentialMs ? (
          <ReferenceLine x={bestMs} stroke="var(--chart-text)" strokeDasharray="1 3" />
        ) : null}
      </BarChart>
    </ResponsiveContainer>
  );
}
