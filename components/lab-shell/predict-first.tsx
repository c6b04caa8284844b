'use client';

import { useCallback, useState, type ReactNode } from 'react';
import { byVariant } from '@/lib/experiments/by-variant';
import { ClassPredictions } from '@/components/class/class-predictions';
import { useClassLab } from '@/components/class/use-class-lab';
import { PredictFirstBox } from './lab-parts';

/**
 * "Predict first" with one guess (in ms) per strategy or mode, written down before pressing Run;
 * the lab puts the guesses beside the measurements. In a class (a deck whose presenter started
 * one) the students guess on their phones, the slide draws their guesses in place of the box, and
 * `measured` (the lab's latest time per strategy) is sent to them as the teacher's result.
 */
export function PredictFirst<V extends string>({
  measured,
  running,
  ...inputs
}: Parameters<typeof GuessInputs<V>>[0] & {
  measured?: Partial<Record<V, number | undefined>>;
  /** Strategies running now, with the time the server has measured so far (for a class). */
  running?: Partial<Record<V, number | undefined>>;
}) {
  const inClass = useClassLab(inputs.variants, measured, running);
  // In a class the students guess; the slide shows their guesses instead of the teacher's inputs.
  return inClass ? (
    <ClassPredictions {...inClass} variants={inputs.variants} />
  ) : (
    <GuessInputs {...inputs} />
  );
}

function GuessInputs<V extends string>({
  question,
  variants,
  guesses,
  onChange,
  idPrefix,
}: {
  question: ReactNode;
  variants: readonly { id: V; label: string }[];
  guesses: Readonly<Record<V, string>>;
  onChange: (guesses: Record<V, string>) => void;
  idPrefix: string;
}) {
  return (
    <PredictFirstBox>
      <p>{question}</p>
      <div className="mt-2 flex flex-wrap gap-x-4 gap-y-2">
        {variants.map(({ id, label }) => (
          <label
            key={id}
            htmlFor={`${idPrefix}-guess-${id}`}
            className="flex items-center gap-2 text-sm text-amber-950 dark:text-amber-100"
          >
            {label}
            <input
              id={`${idPrefix}-guess-${id}`}
              type="number"
              min={0}
              inputMode="numeric"
              placeholder="ms"
              value={guesses[id]}
              onChange={(event) => onChange({ ...guesses, [id]: event.target.value })}
              className="w-24 rounded-md border border-amber-300 bg-white px-2 py-1 tabular-nums text-zinc-900 dark:border-amber-800 dark:bg-zinc-900 dark:text-zinc-100"
            />
          </label>
        ))}
      </div>
    </PredictFirstBox>
  );
}

/** A guess as a number of ms, or null when the reader left it blank (or wrote nonsense). */
export function guessMs(guess: string | undefined): number | null {
  const value = Number(guess);
  return guess && Number.isFinite(value) && value > 0 ? value : null;
}

/**
 * The reader's guesses for the setup shown (see useComparableRuns): each setup keeps its own, as
 * a guess made for 10 requests is no guess for 30; going back to a setup brings its guesses back.
 */
export function useGuesses<V extends string>(variants: readonly V[], setup: string) {
  const [bySetup, setBySetup] = useState<Partial<Record<string, Record<V, string>>>>({});
  const guesses = bySetup[setup] ?? byVariant(variants, () => '');
  const setGuesses = useCallback(
    (next: Record<V, string>) => setBySetup((all) => ({ ...all, [setup]: next })),
    [setup],
  );
  return [guesses, setGuesses] as const;
}

/**
 * What a class is sent of a lab's latest runs (PredictFirst's `measured` and `running`): per
 * variant, the finished run's answer to the prediction, and for a run still going, how far the
 * server has measured it so far (the latest time any of its streamed events reports).
 */
export function classTimes<V extends string, Run extends { status: string }>(
  variants: readonly V[],
  latest: Partial<Record<V, Run>>,
  answer: (run: Run) => number | undefined,
  eventTimes: (run: Run) => number[],
) {
  const times = (pick: (run: Run) => number | undefined) =>
    byVariant(variants, (v) => (latest[v] ? pick(latest[v]) : undefined));
  return {
    measured: times(answer),
    running: times((run) =>
      run.status === 'running' ? Math.max(0, ...eventTimes(run)) : undefined,
    ),
  };
}
