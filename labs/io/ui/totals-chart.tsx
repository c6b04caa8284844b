'use client';

import { Bar } from 'recharts';
import { TimeBarChart } from '@/components/charts/time-bar-chart';
import { TOTALS_CHART_HEIGHT, type TotalsRow } from './totals-chart-size';

/** Measured time beside the ideal (and the reader's guess) for each strategy's latest run. */
export default function TotalsChart({ rows }: { rows: TotalsRow[] }) {
  return (
    <TimeBarChart
      rows={rows}
      height={TOTALS_CHART_HEIGHT}
      labelWidth={84}
      // Few ticks, kept apart: at 360 px five time labels run into each other.
      xAxis={{ tickCount: 4, minTickGap: 24, interval: 'preserveStartEnd' }}
    >
      <Bar
        dataKey="ideal"
        name="ideal (zero overhead)"
        fill="var(--chart-text)"
        fillOpacity={0.35}
        isAnimationActive={false}
      />
    </TimeBarChart>
  );
}
