'use client';

import dynamic from 'next/dynamic';
import type { RaceResult } from '@/labs/race/contract';
import { ChartLegend, LegendItem } from '@/components/charts/chart-legend';
import { DataTable } from '@/components/lab-shell/data-table';
import { ChartLoading } from '@/components/lab-shell/lab-loading';
import { raceConfigStyle, type RaceConfigStyle } from './race-meta';
import { RACE_RUNS_CHART_HEIGHT, type RaceRunPoint } from './race-runs-chart';

// recharts is loaded only when there is something to draw, behind a box of the same size.
const RaceRunsChart = dynamic(() => import('./race-runs-chart'), {
  ssr: false,
  loading: () => <ChartLoading height={RACE_RUNS_CHART_HEIGHT} />,
});

/** A configuration's mark as the chart draws it: a circle or a square, filled or hollow. */
function ConfigSwatch({ shape, color, hollow }: RaceConfigStyle) {
  const paint = { fill: hollow ? 'none' : color, stroke: color, strokeWidth: '2' };
  return (
    <svg aria-hidden="true" viewBox="0 0 12 12" className="size-3">
      {shape === 'square' ? (
        <rect x="1.5" y="1.5" width="9" height="9" {...paint} />
      ) : (
        <circle cx="6" cy="6" r="4.5" {...paint} />
      )}
    </svg>
  );
}

/** The money gap of every run so far: the chart, what its marks mean, and the same as a table. */
export function RaceRunsFigure({ results }: { results: readonly RaceResult[] }) {
  if (results.length === 0) return null;
  const points: RaceRunPoint[] = results.map((result, index) => ({
    run: index + 1,
    difference: result.difference,
    lost_updates: result.lost_updates,
    style: raceConfigStyle(result),
  }));
  const legend = [...new Map(points.map((p) => [p.style.key, p.style])).values()];
  return (
    <figure className="mt-6" data-testid="race-runs-chart">
      <figcaption className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        Money gap of every run so far
      </figcaption>
      <RaceRunsChart points={points} />
      <ChartLegend margin="mt-1">
        {legend.map((style) => (
          <LegendItem key={style.key} mark={<ConfigSwatch {...style} />}>
            {style.label}
          </LegendItem>
        ))}
      </ChartLegend>
      <DataTable
        label="Money gap per run"
        columns={['run', 'configuration', 'money gap', 'lost updates (at least)']}
        rows={() => points.map((p) => [p.run, p.style.label, p.difference, p.lost_updates])}
      />
    </figure>
  );
}
