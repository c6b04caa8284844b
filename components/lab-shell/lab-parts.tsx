'use client';

import { useContext, type ReactNode } from 'react';
import { AnswerAfterRun, LabIdContext, useLabRan } from './answer-after-run';
import { labButton, useStageLayout } from './lab-panel';

/** Cancel while a run is going (it stops the server's work too), otherwise Reset settings. */
export function CancelOrReset({
  busy,
  onCancel,
  onReset,
}: {
  busy: boolean;
  onCancel: () => void;
  onReset: () => void;
}) {
  return busy ? (
    <button type="button" onClick={onCancel} className={`${labButton.base} ${labButton.cancel}`}>
      Cancel
    </button>
  ) : (
    <button type="button" onClick={onReset} className={`${labButton.base} ${labButton.quiet}`}>
      Reset settings
    </button>
  );
}

/** The "Predict first" box: a question to answer before pressing Run, and any inputs for the answer. */
export function PredictFirstBox({ children }: { children: ReactNode }) {
  // On a slide, once the lab has run, the question folds away and the result takes its room.
  const ran = useLabRan(useContext(LabIdContext));
  const folded = useStageLayout() && ran;
  return (
    <details
      className="mt-4 rounded-lg border border-amber-300 bg-amber-50 px-3 py-2 dark:border-amber-800/70 dark:bg-amber-950/30"
      open={!folded}
      data-predict-first=""
    >
      <summary className="cursor-pointer text-sm font-semibold text-amber-950 dark:text-amber-100">
        Predict first
      </summary>
      <div className="mt-1 text-sm text-amber-950/90 dark:text-amber-100/90">{children}</div>
    </details>
  );
}

/**
 * "What this shows": the lesson of a lab, as a short list next to its results; hidden until the
 * lab has finished a run or the reader asks for it.
 */
export function WhatThisShows({ children }: { children: ReactNode }) {
  return (
    <AnswerAfterRun what="what this shows">
      <section
        aria-label="What this shows"
        className="mt-6 rounded-lg border border-zinc-200 bg-white px-4 py-3 text-sm text-zinc-700 dark:border-zinc-800 dark:bg-zinc-950/60 dark:text-zinc-300"
      >
        <h4 className="text-sm font-semibold text-zinc-900 dark:text-zinc-100">What this shows</h4>
        <ul className="mt-2 list-disc space-y-1.5 pl-5">{children}</ul>
      </section>
    </AnswerAfterRun>
  );
}
