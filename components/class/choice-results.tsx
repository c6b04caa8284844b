'use client';

import type { TeacherView } from '@/platform/class/types';

/** A multiple-choice question's answers, counted live: one bar per option. */
export function ChoiceResults({
  view,
  questionId,
  options,
  large = false,
}: {
  view: TeacherView;
  questionId: string;
  options: readonly string[];
  large?: boolean;
}) {
  const answers = view.answers.filter((a) => a.questionId === questionId);
  const counts = options.map((_, i) => answers.filter((a) => a.option === i).length);
  const most = Math.max(1, ...counts);
  return (
    <section
      aria-label="The class's answers"
      data-testid="choice-results"
      className={`mt-4 rounded-lg border border-indigo-300 bg-indigo-50/60 px-3 py-2 dark:border-indigo-800 dark:bg-indigo-950/30 ${large ? 'text-xl' : 'text-base'}`}
    >
      <p className="font-semibold text-zinc-900 dark:text-zinc-100" data-testid="choice-answered">
        {answers.length} of {view.students.length} answered
      </p>
      <ul className="mt-2 grid gap-2">
        {options.map((option, i) => (
          <li
            key={i}
            className="grid grid-cols-[minmax(0,1fr)_3rem] items-center gap-x-3"
            data-testid="choice-option"
          >
            <span className="text-zinc-900 dark:text-zinc-100">{option}</span>
            <span className="text-right font-semibold tabular-nums">{counts[i]}</span>
            <span
              aria-hidden="true"
              className="col-span-2 h-3 rounded-sm bg-zinc-200 dark:bg-zinc-800"
            >
              <span
                className="block h-full rounded-sm bg-indigo-600 dark:bg-indigo-300"
                style={{ width: `${(counts[i] / most) * 100}%` }}
              />
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
