'use client';

import { ReferenceArea, ReferenceLine } from 'recharts';
import { formatBytes } from '@/lib/format';
import {
  formatMicros,
  logDomain,
  logTicks,
  type ReferenceMark,
  type ScaleMetric,
  type ScalePoint,
  type ScaleSeriesKey,
} from '@/labs/scale/chart-data';
import { scaleSeriesMeta } from './scale-meta';
import { axisTitle, ScatterFrame } from '@/components/charts/scatter-frame';
import { useChartHeight } from '@/components/lab-shell/chart-figure';

export const SCALE_CHART_HEIGHT = 260;

const number = new Intl.NumberFormat('en-US');
const formatValue: Record<ScaleMetric, (value: number) => string> = {
  bytes_per_unit: formatBytes,
  create_us: formatMicros,
};
/** Bytes step in powers of 16 (16 B, 256 B, 4 KiB…) so every tick is a round binary size; times in powers of ten. */
const axisBase: Record<ScaleMetric, number> = { bytes_per_unit: 16, create_us: 10 };
const formatTick: Record<ScaleMetric, (value: number) => string> = {
  bytes_per_unit: (v) => formatBytes(v).replace('.0 ', ' '),
  create_us: (us) => {
    const [value, unit] = us >= 1e6 ? [us / 1e6, 's'] : us >= 1000 ? [us / 1000, 'ms'] : [us, 'µs'];
    return `${Number(value.toPrecision(3))} ${unit}`;
  },
};
const compactCount = (n: number) => (n >= 1000 ? `${number.format(n / 1000)}k` : String(n));

/**
 * One per-unit measure against N, both axes logarithmic: a series per engine × kind, built up
 * from the runs made, and the published reference figures as labelled lines (or bands, for a
 * range) beside them.
 */
export default function ScaleLogChart({
  metric,
  series,
  labels,
  marks,
  maxCount,
}: {
  metric: ScaleMetric;
  series: Partial<Record<ScaleSeriesKey, ScalePoint[]>>;
  labels: Record<ScaleSeriesKey, string>;
  marks: ReferenceMark[];
  maxCount: number;
}) {
  // On a slide the two charts sit beside the result's cards (app/present/present.css).
  const height = useChartHeight(SCALE_CHART_HEIGHT, 170);
  const entries = Object.entries(series) as [ScaleSeriesKey, ScalePoint[]][];
  // A log axis cannot show zero: a run that measured 0 B per unit stays in the table only.
  const values = entries.flatMap(([, points]) => points.map((p) => p[metric]).filter((v) => v > 0));
  const yTicks = logTicks(
    logDomain([...values, ...marks.flatMap((m) => [m.low, m.high])], axisBase[metric]),
    axisBase[metric],
  );
  const yDomain: [number, number] = [yTicks[0] / 1.4, yTicks[yTicks.length - 1] * 1.4];
  const xTicks = logTicks([1, 10 ** Math.ceil(Math.log10(maxCount))]);
  // A little room beyond the first and last tick on both axes, so marks there are drawn whole.
  const xDomain: [number, number] = [0.6, xTicks[xTicks.length - 1] * 1.6];
  const format = formatValue[metric];
  return (
    <ScatterFrame
      height={height}
      margin={{ top: 8, right: 28, bottom: 16, left: 4 }}
      x={{
        dataKey: 'count',
        name: 'N',
        scale: 'log',
        domain: xDomain,
        ticks: xTicks,
        allowDataOverflow: true,
        tickFormatter: compactCount,
        label: axisTitle('N (log scale)', 'insideBottom', -10),
      }}
      y={{
        dataKey: metric,
        scale: 'log',
        domain: yDomain,
        ticks: yTicks,
        allowDataOverflow: true,
        tickFormatter: formatTick[metric],
        width: 64,
      }}
      tooltip={{
        formatter: (value, name) => [
          name === 'N' ? number.format(Number(value)) : format(Number(value)),
          name === 'N' ? 'N' : 'per unit',
        ],
      }}
      references={marks.map((mark, index) => {
        // A range is a band, a single figure a line; both dashed, labelled on alternate sides.
        const common = { stroke: 'var(--chart-text)', strokeDasharray: '2 3' };
        const side = index % 2 ? 'Left' : 'Right';
        const label = { value: mark.marker, fontSize: 10, fill: 'var(--chart-text)' };
        return mark.high > mark.low ? (
          <ReferenceArea
            {...common}
            key={mark.marker}
            y1={mark.low}
            y2={mark.high}
            fill="var(--chart-text)"
            fillOpacity={0.12}
            strokeOpacity={0.4}
            label={{ ...label, position: `inside${side}` }}
          />
        ) : (
          <ReferenceLine
            {...common}
            key={mark.marker}
            y={mark.low}
            strokeOpacity={0.6}
            label={{ ...label, position: `insideTop${side}` }}
          />
        );
      })}
      series={entries.map(([key, points]) => {
        const { color, shape, dashed } = scaleSeriesMeta[key];
        const shown = points.filter((p) => p[metric] > 0);
        return {
          key,
          label: labels[key],
          points: shown,
          shape,
          color,
          line: dashed ? 'dashed' : 'solid',
        };
      })}
    />
  );
}
