'use client';

import { useState, type ReactNode } from 'react';
import { PredictFirst, guessMs } from '@/components/lab-shell/predict-first';
import type { ClassPrompt } from '@/platform/class/schemas';
import type { ClassAnswer, ClassPrediction, Guesses } from '@/platform/class/types';
import { studentSend } from './class-api';

export const studentButton =
  'rounded-md bg-indigo-700 px-4 py-2 font-semibold text-white hover:bg-indigo-800 disabled:opacity-60 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300';

/** The question on the teacher's slide, as a student answers it: guesses per strategy, or one option. */
export function StudentPrompt({
  code,
  prompt,
  mine,
  onSent,
}: {
  code: string;
  prompt: ClassPrompt;
  mine: ClassPrediction | ClassAnswer | undefined;
  onSent: (sent: { guesses: Guesses } | { option: number }) => void;
}) {
  return prompt.kind === 'predict' ? (
    <GuessForm
      key={prompt.id}
      code={code}
      prompt={prompt}
      mine={mine && 'guesses' in mine ? mine.guesses : undefined}
      onSent={(guesses) => onSent({ guesses })}
    />
  ) : (
    <ChoiceForm
      key={prompt.id}
      code={code}
      prompt={prompt}
      mine={mine && 'option' in mine ? mine.option : undefined}
      onSent={(option) => onSent({ option })}
    />
  );
}

interface SendStatus {
  message: string | null;
  failed: boolean;
  busy: boolean;
}

/** Sends one answer at a time and says how it went. */
function useSubmit(done: string) {
  const [status, setStatus] = useState<SendStatus>({ message: null, failed: false, busy: false });
  const fail = (message: string) => setStatus({ message, failed: true, busy: false });
  const run = async (task: () => Promise<void>) => {
    setStatus({ message: null, failed: false, busy: true });
    try {
      await task();
      setStatus({ message: done, failed: false, busy: false });
    } catch (caught) {
      fail((caught as Error).message);
    }
  };
  return { status, fail, run };
}

/** A student's answer form: its fields, one submit button, and how the last send went. */
function SubmitForm({
  onSubmit,
  label,
  status,
  children,
}: {
  onSubmit: () => Promise<void>;
  label: string;
  status: SendStatus;
  children: ReactNode;
}) {
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      {children}
      <button type="submit" className={`${studentButton} mt-3`} disabled={status.busy}>
        {label}
      </button>
      <Status {...status} />
    </form>
  );
}

function Status({ message, failed }: SendStatus) {
  return (
    <p
      role="status"
      className={`mt-2 min-h-6 text-sm ${failed ? 'text-red-700 dark:text-red-300' : 'text-emerald-800 dark:text-emerald-300'}`}
    >
      {message}
    </p>
  );
}

function GuessForm({
  code,
  prompt,
  mine,
  onSent,
}: {
  code: string;
  prompt: Extract<ClassPrompt, { kind: 'predict' }>;
  mine: Guesses | undefined;
  onSent: (guesses: Guesses) => void;
}) {
  const [guesses, setGuesses] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      prompt.variants.map((v) => [v.id, mine?.[v.id] === undefined ? '' : String(mine[v.id])]),
    ),
  );
  const { status, fail, run } = useSubmit(
    'Sent. You can change your guesses until the teacher moves on.',
  );
  const submit = async () => {
    const chosen = Object.fromEntries(
      prompt.variants.flatMap((v) =>
        guessMs(guesses[v.id]) === null ? [] : [[v.id, guessMs(guesses[v.id])!]],
      ),
    );
    if (Object.keys(chosen).length === 0) return fail('Write at least one guess in ms first.');
    await run(async () => {
      await studentSend(code, { action: 'predict', questionId: prompt.id, guesses: chosen });
      onSent(chosen);
    });
  };
  return (
    <SubmitForm
      onSubmit={submit}
      label={mine ? 'Update my guesses' : 'Send my guesses'}
      status={status}
    >
      <PredictFirst
        question={
          <>How long will each one take, in milliseconds? The teacher runs it once, for everyone.</>
        }
        variants={prompt.variants}
        guesses={guesses}
        onChange={setGuesses}
        idPrefix={`class-${prompt.id}`}
      />
    </SubmitForm>
  );
}

function ChoiceForm({
  code,
  prompt,
  mine,
  onSent,
}: {
  code: string;
  prompt: Extract<ClassPrompt, { kind: 'choice' }>;
  mine: number | undefined;
  onSent: (option: number) => void;
}) {
  const [choice, setChoice] = useState<number | null>(mine ?? null);
  const { status, fail, run } = useSubmit(
    'Sent. You can change your answer until the teacher moves on.',
  );
  const submit = async () => {
    if (choice === null) return fail('Pick one answer first.');
    await run(async () => {
      await studentSend(code, { action: 'answer', questionId: prompt.id, option: choice });
      onSent(choice);
    });
  };
  return (
    <SubmitForm
      onSubmit={submit}
      label={mine === undefined ? 'Send my answer' : 'Change my answer'}
      status={status}
    >
      <fieldset>
        <legend className="text-lg font-semibold text-zinc-900 dark:text-zinc-100">
          {prompt.text}
        </legend>
        <div className="mt-3 grid gap-2">
          {prompt.options.map((option, i) => (
            <label
              key={i}
              className="flex items-start gap-3 rounded-md border border-zinc-300 bg-white px-3 py-2 has-checked:border-indigo-600 dark:border-zinc-700 dark:bg-zinc-900 dark:has-checked:border-indigo-400"
            >
              <input
                type="radio"
                name={`class-${prompt.id}`}
                checked={choice === i}
                onChange={() => setChoice(i)}
                className="mt-1"
              />
              <span>{option}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </SubmitForm>
  );
}
