'use client';

import dynamic from 'next/dynamic';
import { formatMicros, referenceMarks, scaleSeries } from '@/labs/scale/chart-data';
import type { ScaleMetric, ScalePoint, ScaleSeriesKey } from '@/labs/scale/chart-data';
import type { ScaleResult } from '@/labs/scale/contract';
import { formatBytes } from '@/lib/format';
import { ChartLegend, LegendItem, LineSwatch } from '@/components/charts/chart-legend';
import { DataTable } from '@/components/lab-shell/data-table';
import { ChartLoading } from '@/components/lab-shell/lab-loading';
import { SCALE_CHART_HEIGHT } from './scale-log-chart';
import { scaleSeriesMeta } from './scale-meta';
import { ScaleReferenceList } from './scale-reference-list';

// recharts is loaded only when there is something to draw, behind boxes of the same size.
const ScaleLogChart = dynamic(() => import('./scale-log-chart'), {
  ssr: false,
  loading: () => <ChartLoading height={SCALE_CHART_HEIGHT} />,
});

/** The two charts: what a unit costs in memory, and in time to create. */
const SCALE_CHARTS: { metric: ScaleMetric; title: string }[] = [
  { metric: 'bytes_per_unit', title: 'Resident memory per unit (log scale)' },
  { metric: 'create_us', title: 'Creation time per unit (log scale)' },
];

/** A series' mark, as the charts draw it on its line. */
const MARKS = {
  circle: (color: string) => <circle cx="10" cy="5" r="3" fill={color} />,
  square: (color: string) => <rect x="7" y="2" width="6" height="6" fill={color} />,
  diamond: (color: string) => <path d="M10 1.5 13.5 5 10 8.5 6.5 5Z" fill={color} />,
};

/**
 * Per unit, against N: both charts of every run so far beside the published figures, what
 * their lines mean, the same as a table, and where the figures come from.
 */
export function ScaleChartsFigure({
  results,
  labels,
  maxCount,
}: {
  results: readonly ScaleResult[];
  labels: Record<ScaleSeriesKey, string>;
  maxCount: number;
}) {
  if (results.length === 0) return null;
  const series = scaleSeries(results);
  return (
    <figure className="mt-6" data-testid="scale-charts">
      {/* On a slide each chart's own title says what it shows; the presenter says the rest. */}
      <figcaption
        className="text-sm font-semibold text-zinc-900 dark:text-zinc-100"
        data-slide-hidden=""
      >
        Per unit, against N: every run so far, beside published figures
        <span className="mt-0.5 block text-xs font-normal text-zinc-600 dark:text-zinc-400">
          At small N a fixed cost (the runtime growing its heap, the first thread&apos;s setup) is
          shared by few units; the real per-unit cost is where a curve settles at large N.
        </span>
      </figcaption>
      <div className="mt-2 grid gap-4 md:grid-cols-2">
        {SCALE_CHARTS.map(({ metric, title }) => (
          <div key={metric}>
            <p className="text-xs font-medium text-zinc-700 dark:text-zinc-300">{title}</p>
            <ScaleLogChart
              metric={metric}
              series={series}
              labels={labels}
              marks={referenceMarks(metric)}
              maxCount={maxCount}
            />
          </div>
        ))}
      </div>
      <ChartLegend margin="mt-2">
        {(Object.keys(series) as ScaleSeriesKey[]).map((key) => {
          const { color, shape, dashed } = scaleSeriesMeta[key];
          return (
            <LegendItem
              key={key}
              mark={
                <LineSwatch color={color} width={1.5} dash={dashed ? '5 3' : undefined}>
                  {MARKS[shape](color)}
                </LineSwatch>
              }
            >
              {labels[key]}
            </LegendItem>
          );
        })}
        <LegendItem mark={<LineSwatch color="var(--chart-text)" width={1} dash="2 3" />}>
          R1…: published or earlier measured figures (a band for a range)
        </LegendItem>
      </ChartLegend>
      <DataTable
        label="Scale runs per unit"
        columns={['units', 'N', 'memory per unit', 'creation per unit', 'kernel stack per unit']}
        rows={() =>
          (Object.entries(series) as [ScaleSeriesKey, ScalePoint[]][]).flatMap(([key, points]) =>
            points.map((p) => [
              labels[key],
              p.count.toLocaleString('en-US'),
              formatBytes(p.bytes_per_unit),
              formatMicros(p.create_us),
              key.endsWith('threads') && p.kernel_bytes_per_unit !== null
                ? formatBytes(p.kernel_bytes_per_unit)
                : '—',
            ]),
          )
        }
      />
      <ScaleReferenceList />
    </figure>
  );
}
