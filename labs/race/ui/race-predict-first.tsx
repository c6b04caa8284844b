'use client';

import { ACCOUNTS } from '@/labs/race/workers/bank.mjs';
import { PredictFirstBox } from '@/components/lab-shell/lab-parts';
import { moneyVerdict, raceConfigKey, type RaceConfig } from '@/labs/race/outcome';
import type { RaceResult } from '@/labs/race/contract';

/** The cases a class is asked about, each a configuration the lab can run. */
const CASES: { config: RaceConfig; label: string }[] = [
  {
    config: { engine: 'node', strategy: 'threads', lock: false, yield_between: false },
    label: 'Threads, no lock',
  },
  {
    config: { engine: 'node', strategy: 'threads', lock: true, yield_between: false },
    label: 'Threads with a lock',
  },
  {
    config: { engine: 'node', strategy: 'async', lock: false, yield_between: false },
    label: 'Async tasks, no await between read and write',
  },
  {
    config: { engine: 'node', strategy: 'async', lock: false, yield_between: true },
    label: 'Async tasks, an await between read and write',
  },
  {
    config: { engine: 'cpython', strategy: 'threads', lock: false, yield_between: false },
    label: 'CPython threads, no lock, no switch point',
  },
];

const OPTIONS = [
  { value: '', label: 'your guess…' },
  { value: 'kept', label: 'always balances' },
  { value: 'changed', label: 'money appears or vanishes' },
  { value: 'luck', label: 'balances, but only by luck' },
];

export type RacePredictions = Record<string, string>;

/** "Predict first": a guess per case, and beside it what the runs so far showed. */
export function RacePredictFirst({
  predictions,
  onChange,
  results,
  idPrefix,
}: {
  predictions: RacePredictions;
  onChange: (next: RacePredictions) => void;
  results: readonly RaceResult[];
  idPrefix: string;
}) {
  return (
    <PredictFirstBox>
      <p>
        Workers make thousands of random transfers between {ACCOUNTS} accounts. Every transfer keeps
        the total, so the bank should end with exactly the money it started with. For each case:
        does it?
      </p>
      <ul className="mt-2 space-y-1.5">
        {CASES.map(({ config, label }) => {
          const key = raceConfigKey(config);
          const seen = results.filter((r) => raceConfigKey(r) === key);
          const changed = seen.filter((r) => moneyVerdict(r) !== 'kept').length;
          const id = `${idPrefix}-predict-${key}`;
          return (
            <li
              key={key}
              className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-amber-950 dark:text-amber-100"
            >
              <label htmlFor={id} className="min-w-0 flex-1 basis-56">
                {label}
              </label>
              <select
                id={id}
                value={predictions[key] ?? ''}
                onChange={(event) => onChange({ ...predictions, [key]: event.target.value })}
                className="rounded-md border border-amber-300 bg-white px-2 py-1 text-sm text-zinc-900 dark:border-amber-800 dark:bg-zinc-900 dark:text-zinc-100"
              >
                {OPTIONS.map((option) => (
                  <option key={option.value} value={option.value}>
                    {option.label}
                  </option>
                ))}
              </select>
              <span
                className="w-full text-xs tabular-nums text-amber-900/80 sm:w-48 dark:text-amber-200/80"
                data-observed={key}
              >
                {seen.length === 0
                  ? 'not run yet'
                  : `books wrong in ${changed} of ${seen.length} run${seen.length === 1 ? '' : 's'}`}
              </span>
            </li>
          );
        })}
      </ul>
    </PredictFirstBox>
  );
}
