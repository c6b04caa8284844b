'use client';

import { IO_STRATEGIES, type IoStrategyName } from '@/labs/io/contract';
import { ChartLegend, LegendItem } from '@/components/charts/chart-legend';
import { ChartFigure } from '@/components/lab-shell/chart-figure';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import { guessMs } from '@/components/lab-shell/predict-first';
import { strategyMeta } from './strategy-meta';
import { TOTALS_CHART_HEIGHT, type TotalsRow } from './totals-chart-size';
import type { IoRun } from './use-io-runs';

const TotalsChart = lazyChart(() => import('./totals-chart'), TOTALS_CHART_HEIGHT);

/** Each strategy's latest measured total beside its ideal and the reader's guess; nothing before a result. */
export function TotalsFigure({
  latest,
  guesses,
}: {
  latest: Record<IoStrategyName, IoRun | undefined>;
  guesses: Record<IoStrategyName, string>;
}) {
  const rows: TotalsRow[] = IO_STRATEGIES.flatMap((s) => {
    const result = latest[s]?.result;
    if (!result) return [];
    const { label, color } = strategyMeta[s];
    const guess = guessMs(guesses[s]);
    return [{ label, color, elapsed: result.elapsed_ms, ideal: result.ideal_ms, guess }];
  });
  if (rows.length === 0) return null;
  return (
    <ChartFigure caption="Measured vs ideal, latest run of each">
      <TotalsChart rows={rows} />
      <ChartLegend prediction={rows.some((row) => row.guess !== null)}>
        <LegendItem
          mark={
            <span aria-hidden="true" className="flex h-2.5 w-5 overflow-hidden rounded-sm">
              {IO_STRATEGIES.map((s) => (
                <span key={s} className="flex-1" style={{ background: strategyMeta[s].color }} />
              ))}
            </span>
          }
        >
          measured
        </LegendItem>
        <LegendItem markClassName="h-2.5 w-5 rounded-sm bg-[var(--chart-text)] opacity-35">
          ideal (zero overhead)
        </LegendItem>
      </ChartLegend>
    </ChartFigure>
  );
}
