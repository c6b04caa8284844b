'use client';

import { useDeckClass } from './deck-class';
import { ClassPredictions } from './class-predictions';
import { ChoiceResults } from './choice-results';

/**
 * Over the audience window while the teacher shows it: the question on the current slide with
 * the class's answers in large type (and, after the run, the measurement over them).
 */
export function ClassBoard() {
  const deckClass = useDeckClass();
  const view = deckClass?.view;
  if (!deckClass || deckClass.overlay !== 'board' || !view) return null;
  const prompt = view.slide?.prompt ?? null;
  return (
    <section
      aria-label="The class's answers"
      data-testid="class-board"
      className="fixed inset-0 z-30 overflow-y-auto bg-white p-8 text-zinc-900 dark:bg-zinc-950 dark:text-zinc-100"
    >
      <div className="mx-auto max-w-5xl">
        <h2 className="text-3xl font-semibold">
          {prompt?.kind === 'predict'
            ? prompt.title
            : prompt?.kind === 'choice'
              ? prompt.text
              : view.slide?.title}
        </h2>
        {prompt?.kind === 'predict' ? (
          <ClassPredictions view={view} questionId={prompt.id} variants={prompt.variants} large />
        ) : null}
        {prompt?.kind === 'choice' ? (
          <ChoiceResults view={view} questionId={prompt.id} options={prompt.options} large />
        ) : null}
        {!prompt ? (
          <p className="mt-6 text-2xl text-zinc-700 dark:text-zinc-300">
            No question on this slide.
          </p>
        ) : null}
      </div>
    </section>
  );
}
