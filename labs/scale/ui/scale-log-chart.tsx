'use client';

import {
  CartesianGrid,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
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
import { TOOLTIP_STYLE } from '@/components/charts/chart-style';

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
    <ResponsiveContainer width="100%" height={SCALE_CHART_HEIGHT}>
      <ScatterChart margin={{ top: 8, right: 28, bottom: 16, left: 4 }}>
        <CartesianGrid stroke="var(--chart-grid)" />
        <XAxis
          type="number"
          dataKey="count"
          name="N"
          scale="log"
          domain={xDomain}
          ticks={xTicks}
          allowDataOverflow
          tickFormatter={compactCount}
          stroke="var(--chart-text)"
          fontSize={11}
          label={{
            value: 'N (log scale)',
            position: 'insideBottom',
            offset: -10,
            fontSize: 11,
            fill: 'var(--chart-text)',
          }}
        />
        <YAxis
          type="number"
          dataKey={metric}
          scale="log"
          domain={yDomain}
          ticks={yTicks}
          allowDataOverflow
          tickFormatter={formatTick[metric]}
          stroke="var(--chart-text)"
          fontSize={11}
          width={64}
        />
        {marks.map((mark, index) =>
          mark.high > mark.low ? (
            <ReferenceArea
              key={mark.marker}
              y1={mark.low}
              y2={mark.high}
              fill="var(--chart-text)"
              fillOpacity={0.12}
              stroke="var(--chart-text)"
              strokeOpacity={0.4}
              strokeDasharray="2 3"
              label={{
                value: mark.marker,
                position: index % 2 ? 'insideLeft' : 'insideRight',
                fontSize: 10,
                fill: 'var(--chart-text)',
              }}
            />
          ) : (
            <ReferenceLine
              key={mark.marker}
              y={mark.low}
              stroke="var(--chart-text)"
              strokeOpacity={0.6}
              strokeDasharray="2 3"
              label={{
                value: mark.marker,
                position: index % 2 ? 'insideTopLeft' : 'insideTopRight',
                fontSize: 10,
                fill: 'var(--chart-text)',
              }}
            />
          ),
        )}
        <Tooltip
          cursor={{ strokeDasharray: '3 3' }}
          contentStyle={TOOLTIP_STYLE}
          formatter={(value, name) => [
            name === 'N' ? number.format(Number(value)) : format(Number(value)),
            name === 'N' ? 'N' : 'per unit',
          ]}
        />
        {entries.map(([key, points]) => {
          const meta = scaleSeriesMeta[key];
          return (
            <Scatter
              key={key}
              name={labels[key]}
              data={points.filter((p) => p[metric] > 0)}
              shape={meta.shape}
              fill={meta.color}
              stroke={meta.color}
              line={{
                stroke: meta.color,
                strokeWidth: 1.5,
                strokeDasharray: meta.dashed ? '5 3' : undefined,
              }}
              isAnimationActive={false}
            />
          );
        })}
      </ScatterChart>
    </ResponsiveContainer>
  );
}
