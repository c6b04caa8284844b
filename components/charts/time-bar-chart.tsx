'use client';

import type { ComponentProps, ReactNode } from 'react';
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
import { formatMs } from '@/lib/format';
import { BAR_CURSOR, LABEL_AXIS, MS_AXIS, TOOLTIP_STYLE } from './chart-style';

/** One variant's bar: its measured time, in its colour, and the reader's prediction, if any. */
export interface TimeBarRow {
  label: string;
  color: string;
  elapsed: number;
  guess: number | null;
}

/**
 * Time per variant as horizontal bars on a millisecond axis, one group per row: the measured
 * bar in the variant's colour (`measuredLabel`: what to write at its end), then the lab's own
 * bars and marks (`children`, recharts elements), then the prediction as a dashed outline.
 * Import it only from a chart loaded with next/dynamic: recharts stays out of the first load.
 */
export function TimeBarChart({
  rows,
  height,
  labelWidth,
  marginRight = 16,
  maxBarSize,
  xAxis,
  measuredLabel,
  children,
}: {
  rows: readonly TimeBarRow[];
  height: number;
  /** Room for the variants' names. */
  labelWidth: number;
  marginRight?: number;
  maxBarSize?: number;
  xAxis?: Omit<ComponentProps<typeof XAxis>, 'ref'>;
  measuredLabel?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={[...rows]}
        layout="vertical"
        margin={{ top: 4, right: marginRight, bottom: 4, left: 4 }}
        barGap={2}
      >
        <CartesianGrid horizontal={false} stroke="var(--chart-grid)" />
        <XAxis {...MS_AXIS} {...xAxis} />
        <YAxis {...LABEL_AXIS} width={labelWidth} />
        <Tooltip
          formatter={(value) => formatMs(Number(value))}
          cursor={BAR_CURSOR}
          contentStyle={TOOLTIP_STYLE}
        />
        <Bar dataKey="elapsed" name="measured" maxBarSize={maxBarSize} isAnimationActive={false}>
          {rows.map((row) => (
            <Cell key={row.label} fill={row.color} />
          ))}
          {measuredLabel}
        </Bar>
        {children}
        {rows.some((row) => row.guess !== null) ? (
          <Bar
            dataKey="guess"
            name="your prediction"
            maxBarSize={maxBarSize}
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
