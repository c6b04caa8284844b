'use client';

import { useContext, useEffect, useEffectEvent } from 'react';
import { useDeck } from '@/components/present/deck-context';
import { DeckInfoContext, SlideIndexContext } from '@/components/present/slide-view';
import type { ClassPrompt } from '@/platform/class/schemas';
import type { Guesses, TeacherView } from '@/platform/class/types';
import { useDeckClass } from './deck-class';

/** A lab's question id in a class: its slide's place in the deck (stable in every window). */
export const labQuestionId = (slideIndex: number) => `s${slideIndex}`;

/**
 * Offers a slide's question to the class while the deck runs one: `makePrompt` gets the
 * slide's index and title. Returns the teacher's view of the class where this slide is on a
 * live deck's stage, else null (reading pages, previews, print, decks without a class).
 */
function useSlidePrompt(
  makePrompt: (slideIndex: number, title: string) => ClassPrompt,
  promptKey: string,
): { view: TeacherView; slideIndex: number } | null {
  const deckClass = useDeckClass();
  const { mode } = useDeck();
  const slideIndex = useContext(SlideIndexContext);
  const title = useContext(DeckInfoContext)?.slides[slideIndex ?? -1]?.title ?? '';
  const onStage =
    (mode === 'presenter' || mode === 'audience') && slideIndex !== null && !!deckClass?.code;
  const register = deckClass?.registerPrompt;
  const make = useEffectEvent(makePrompt);
  useEffect(() => {
    if (!onStage || !register || slideIndex === null) return;
    return register(slideIndex, make(slideIndex, title));
    // promptKey stands for the prompt's content: a new key registers the new prompt.
  }, [onStage, register, slideIndex, title, promptKey]);
  return onStage && deckClass?.view && slideIndex !== null
    ? { view: deckClass.view, slideIndex }
    : null;
}

/**
 * Connects a lab's "Predict first" to the deck's class: one guess per strategy, offered while
 * the slide is shown, and the teacher's measurements, sent once a run has finished.
 */
export function useClassLab(
  variants: readonly { id: string; label: string }[],
  measured: Record<string, number | undefined> | undefined,
  running: Record<string, number | undefined> | undefined,
) {
  const list = variants.map(({ id, label }) => ({ id, label }));
  const onSlide = useSlidePrompt(
    (index, title) => ({
      kind: 'predict',
      id: labQuestionId(index),
      title: (title || 'Predict first').slice(0, 200),
      variants: list,
    }),
    JSON.stringify(list),
  );
  const report = useDeckClass()?.reportRun;
  const questionId = onSlide ? labQuestionId(onSlide.slideIndex) : null;
  // Strategies running now go out with how far the server has measured them (newer than an
  // earlier result for the same strategy), so the students watch the run as it streams.
  const sofar = numbersOf(running);
  const measuredKey = JSON.stringify([{ ...numbersOf(measured), ...sofar }, Object.keys(sofar)]);
  useEffect(() => {
    const [all, ids] = JSON.parse(measuredKey) as [Guesses, string[]];
    if (!questionId || !report || Object.keys(all).length === 0) return;
    report(questionId, all, ids);
  }, [questionId, report, measuredKey]);
  return onSlide && questionId ? { view: onSlide.view, questionId } : null;
}

/** Connects a `<ClassQuestion>` to the deck's class: its options, offered while its slide is shown. */
export function useClassChoice(id: string, text: string, options: readonly string[]) {
  return useSlidePrompt(
    () => ({ kind: 'choice', id, text, options: [...options] }),
    JSON.stringify([id, text, options]),
  );
}

/** The entries of `values` that are numbers. */
function numbersOf(values: Record<string, number | undefined> | undefined): Guesses {
  return Object.fromEntries(
    Object.entries(values ?? {}).filter(
      (entry): entry is [string, number] => typeof entry[1] === 'number',
    ),
  );
}
