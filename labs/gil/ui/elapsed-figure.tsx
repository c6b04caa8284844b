'use client';

import { bestSpeedup, speedupOver } from '@/labs/gil/summary';
import { CPU_STRATEGIES, type CpuStart, type CpuStrategy } from '@/labs/gil/contract';
import { ChartLegend, LegendItem } from '@/components/charts/chart-legend';
import { ChartFigure } from '@/components/lab-shell/chart-figure';
import { DataTable } from '@/components/lab-shell/data-table';
import { lazyChart } from '@/components/lab-shell/lazy-chart';
import { guessMs } from '@/components/lab-shell/predict-first';
import type { ElapsedRow } from './elapsed-chart';
import { ELAPSED_CHART_HEIGHT } from './elapsed-chart-size';
import { strategyMeta } from './strategy-meta';
import type { GilRun } from './use-gil-lab';

const ElapsedChart = lazyChart(() => import('./elapsed-chart'), ELAPSED_CHART_HEIGHT);

/**
 * Elapsed per strategy, beside the speed-up, the two marks that frame it (tasks × work, the
 * best the cores allow) and the reader's predictions; nothing until a strategy has a result.
 */
export function ElapsedFigure({
  latest,
  guesses,
  sequentialMs,
  reference,
}: {
  latest: Record<CpuStrategy, GilRun | undefined>;
  guesses: Record<CpuStrategy, string>;
  /** The comparable sequential run's elapsed time, for the speed-up. */
  sequentialMs: number | null;
  /** What the server said when a shown run started (cores, tasks, estimate). */
  reference: CpuStart;
}) {
  const rows: ElapsedRow[] = CPU_STRATEGIES.flatMap((s) => {
    const result = latest[s]?.result;
    if (!result) return [];
    const speedup =
      sequentialMs !== null ? speedupOver(sequentialMs, result.elapsed_ms) : result.speedup;
    const { label, color } = strategyMeta[s];
    return [{ label, color, elapsed: result.elapsed_ms, speedup, guess: guessMs(guesses[s]) }];
  });
  if (rows.length === 0) return null;
  const estimate = reference.sequential_estimate_ms;
  return (
    <ChartFigure
      testId="elapsed-chart"
      caption={
        <>
          Elapsed per strategy, labelled with the speed-up over{' '}
          {sequentialMs !== null ? 'sequential' : 'tasks × work'}
        </>
      }
    >
      <ElapsedChart
        rows={rows}
        sequentialMs={estimate}
        bestMs={estimate / bestSpeedup(reference.cores, reference.params.tasks)}
      />
      <ChartLegend prediction={rows.some((row) => row.guess !== null)}>
        <LegendItem markClassName="h-0 w-5 border-t border-dashed border-[var(--chart-text)]">
          tasks × work: one after another
        </LegendItem>
        <LegendItem markClassName="h-0 w-5 border-t border-dotted border-[var(--chart-text)]">
          best possible on {reference.cores} cores
        </LegendItem>
      </ChartLegend>
      <DataTable
        label="Elapsed per strategy"
        columns={['strategy', 'elapsed (ms)', 'speed-up', 'your prediction (ms)']}
        rows={() =>
          rows.map((row) => [
            row.label,
            row.elapsed.toFixed(1),
            `${row.speedup}×`,
            row.guess ?? '—',
          ])
        }
      />
    </ChartFigure>
  );
}
