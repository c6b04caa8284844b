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

/**
 * A student's answer form: its fields, one submit button, and how the last send went.
 * `submit` refuses with a sentence, or sends and resolves once the server has the answer.
 */
function SubmitForm({
  submit,
  sent,
  label,
  children,
}: {
  submit: () => string | Promise<void>;
  /** What the status line says once the server has the answer. */
  sent: string;
  label: string;
  children: ReactNode;
}) {
  const [status, setStatus] = useState<SendStatus>({ message: null, failed: false, busy: false });
  const fail = (message: string) => setStatus({ message, failed: true, busy: false });
  const onSubmit = async () => {
    const sending = submit();
    if (typeof sending === 'string') return fail(sending);
    setStatus({ message: null, failed: false, busy: true });
    try {
      await sending;
      setStatus({ message: sent, failed: false, busy: false });
    } catch (caught) {
      fail((caught as Error).message);
    }
  };
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

/** A form for one kind of prompt: what the student sent before (if anything) and what they send. */
interface FormProps<Kind extends ClassPrompt['kind'], Sent> {
  code: string;
  prompt: Extract<ClassPrompt, { kind: Kind }>;
  mine: Sent | undefined;
  onSent: (sent: Sent) => void;
}

function GuessForm({ code, prompt, mine, onSent }: FormProps<'predict', Guesses>) {
  const [guesses, setGuesses] = useState<Record<string, string>>(() =>
    Object.fromEntries(
      prompt.variants.map((v) => [v.id, mine?.[v.id] === undefined ? '' : String(mine[v.id])]),
    ),
  );
  const submit = () => {
    const chosen = Object.fromEntries(
      prompt.variants.flatMap((v) =>
        guessMs(guesses[v.id]) === null ? [] : [[v.id, guessMs(guesses[v.id])!]],
      ),
    );
    if (Object.keys(chosen).length === 0) return 'Write at least one guess in ms first.';
    return studentSend(code, { action: 'predict', questionId: prompt.id, guesses: chosen }).then(
      () => onSent(chosen),
    );
  };
  return (
    <SubmitForm
      submit={submit}
      sent="Sent. You can change your guesses until the teacher moves on."
      label={mine ? 'Update my guesses' : 'Send my guesses'}
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

function ChoiceForm({ code, prompt, mine, onSent }: FormProps<'choice', number>) {
  const [choice, setChoice] = useState<number | null>(mine ?? null);
  const submit = () => {
    if (choice === null) return 'Pick one answer first.';
    return studentSend(code, { action: 'answer', questionId: prompt.id, option: choice }).then(() =>
      onSent(choice),
    );
  };
  return (
    <SubmitForm
      submit={submit}
      sent="Sent. You can change your answer until the teacher moves on."
      label={mine === undefined ? 'Send my answer' : 'Change my answer'}
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
