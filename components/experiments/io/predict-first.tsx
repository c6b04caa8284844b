'use client';

import { IO_STRATEGIES, type IoStrategyName } from '@/lib/io/types';
import { strategyMeta } from './strategy-meta';

export type Guesses = Record<IoStrategyName, string>;

/** "Predict first": the reader writes down a guess per strategy before pressing Run. */
export function PredictFirst({ guesses, onChange, idPrefix }: { guesses: Guesses; onChange: (g: Guesses) => void; idPrefix: string }) {
  return (
    <details className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 dark:border-amber-800/70 dark:bg-amber-950/30" open>
      <summary className="cursor-pointer text-sm font-semibold text-amber-950 dark:text-amber-100">Predict first</summary>
      <p className="mt-1 text-sm text-amber-950/90 dark:text-amber-100/90">
        With the settings below, how long will each strategy take in total? Write your guesses down; the chart will put them
        beside the measurements.
      </p>
      <div className="mt-2 flex flex-wrap gap-3">
        {IO_STRATEGIES.map((strategy) => (
          <label key={strategy} htmlFor={`${idPrefix}-guess-${strategy}`} className="flex items-center gap-2 text-sm text-amber-950 dark:text-amber-100">
            {strategyMeta[strategy].label}
            <input
              id={`${idPrefix}-guess-${strategy}`}
              type="number"
              min={0}
              inputMode="numeric"
              placeholder="ms"
              value={guesses[strategy]}
              onChange={(event) => onChange({ ...guesses, [strategy]: event.target.value })}
              className="w-24 rounded-md border border-amber-300 bg-white px-2 py-1 tabular-nums text-zinc-900 dark:border-amber-800 dark:bg-zinc-900 dark:text-zinc-100"
            />
          </label>
        ))}
      </div>
    </details>
  );
}
