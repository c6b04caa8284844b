'use client';

import { LabelList, ReferenceLine } from 'recharts';
import { TimeBarChart, type TimeBarRow } from '@/components/charts/time-bar-chart';
import { useChartHeight } from '@/components/lab-shell/chart-figure';
import { ELAPSED_CHART_HEIGHT } from './elapsed-chart-size';

export interface ElapsedRow extends TimeBarRow {
  /** Speed-up over sequential (or over tasks × work when there is no sequential run). */
  speedup: number;
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
  const height = useChartHeight(ELAPSED_CHART_HEIGHT, 170);
  return (
    <TimeBarChart
      rows={rows}
      height={height}
      labelWidth={80}
      marginRight={44}
      maxBarSize={28}
      measuredLabel={
        <LabelList
          dataKey="speedup"
          position="right"
          fontSize={11}
          fill="var(--chart-text)"
          formatter={(v: unknown) => `${Number(v)}×`}
        />
      }
    >
      <ReferenceLine x={sequentialMs} stroke="var(--chart-text)" strokeDasharray="4 3" />
      {bestMs < sequentialMs ? (
        <ReferenceLine x={bestMs} stroke="var(--chart-text)" strokeDasharray="1 3" />
      ) : null}
    </TimeBarChart>
  );
}
