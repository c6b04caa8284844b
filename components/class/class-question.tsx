'use client';

import { ChoiceResults } from './choice-results';
import { useClassChoice } from './use-class-lab';

/**
 * A multiple-choice question for the room (MDX: `<ClassQuestion id="…" question="…"
 * options={[…]} />`). On a reading page and on slides without a class it is a question to
 * think about; in a class, students answer on their phones and the slide counts the answers live.
 */
export function ClassQuestion({
  id,
  question,
  options,
}: {
  id: string;
  question: string;
  options: string[];
}) {
  const inClass = useClassChoice(id, question, options);
  return (
    <figure
      className="not-prose my-6 rounded-lg border border-zinc-300 bg-white px-4 py-3 dark:border-zinc-700 dark:bg-zinc-900"
      data-class-question={id}
    >
      <figcaption className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300">
        Question for the class
      </figcaption>
      <p className="mt-1 font-semibold text-zinc-900 dark:text-zinc-100">{question}</p>
      {inClass ? (
        <ChoiceResults view={inClass.view} questionId={id} options={options} />
      ) : (
        <ol className="mt-2 list-[upper-alpha] space-y-1 pl-6 text-zinc-800 dark:text-zinc-200">
          {options.map((option) => (
            <li key={option}>{option}</li>
          ))}
        </ol>
      )}
    </figure>
  );
}
