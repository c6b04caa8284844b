'use client';

import { useState, useSyncExternalStore, type ReactNode } from 'react';
import { ThemeToggle } from '@/components/site/theme-toggle';
import { JOIN_CODE_LENGTH, MAX_NICKNAME, parseJoinCode } from '@/platform/class/limits';
import {
  isLive,
  type ClassAnswer,
  type ClassPrediction,
  type StudentView,
} from '@/platform/class/types';
import { studentSend } from './class-api';
import { MyResult } from './my-results';
import { StudentPrompt, studentButton } from './student-prompt';
import { useClassView } from './use-class-view';

// The student's page, /join/<code>: join (a nickname is optional), then follow the teacher's
// slides; on a lab slide, guess; after the teacher's run, see the guess against the result.
// A student never starts a run: the lab itself is not on this page.

const field =
  'w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-zinc-900 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100';

const noSubscribe = () => () => {};
/** The code in the address (/join/ABC234), read after hydration: the page is one static file for every code. */
function useCodeInPath(): string | null {
  const path = useSyncExternalStore(
    noSubscribe,
    () => window.location.pathname,
    () => '',
  );
  return parseJoinCode(path.split('/')[2] ?? '');
}

export function StudentClass() {
  const fromPath = useCodeInPath();
  const [typed, setTyped] = useState<string | null>(null);
  const code = typed ?? fromPath;
  const [version, setVersion] = useState(0);
  const { view, error, link } = useClassView<StudentView>(code, version);
  const [sent, setSent] = useState<Record<string, ClassPrediction | ClassAnswer>>({});

  let body;
  if (!code) body = <CodeForm onCode={setTyped} />;
  else if (error)
    body = (
      <>
        <p role="alert" className="text-red-700 dark:text-red-300">
          {error.message}
        </p>
        <CodeForm onCode={setTyped} />
      </>
    );
  else if (!view) body = <p>Connecting to class {code}…</p>;
  else if (!view.me)
    body = isLive(view) ? (
      <JoinForm code={code} onJoined={() => setVersion((v) => v + 1)} />
    ) : (
      <p>This class has ended.</p>
    );
  else {
    const prompt = view.slide?.prompt ?? null;
    const mine = (questionId: string) =>
      sent[questionId] ??
      [...view.predictions, ...view.answers].find((p) => p.questionId === questionId);
    const labels =
      prompt?.kind === 'predict'
        ? Object.fromEntries(prompt.variants.map((v) => [v.id, v.label]))
        : {};
    const run = prompt ? view.runs.find((r) => r.questionId === prompt.id) : undefined;
    body = (
      <>
        <section
          aria-labelledby="class-slide-title"
          className="rounded-lg border border-zinc-300 bg-white p-4 dark:border-zinc-700 dark:bg-zinc-900"
        >
          <p className="text-sm text-zinc-600 dark:text-zinc-400">The teacher is on</p>
          <h2
            id="class-slide-title"
            className="text-xl font-semibold text-zinc-900 dark:text-zinc-100"
            data-testid="student-slide-title"
          >
            {view.slide
              ? view.slide.title || `Slide ${view.slide.index + 1}`
              : 'the first slide, soon'}
          </h2>
        </section>
        {!isLive(view) ? (
          <p className="mt-4">This class has ended. Thank you for taking part.</p>
        ) : null}
        {prompt && isLive(view) && !run ? (
          <div className="mt-4">
            <StudentPrompt
              code={code}
              prompt={prompt}
              mine={mine(prompt.id)}
              onSent={(answer) =>
                setSent((all) => ({
                  ...all,
                  [prompt.id]: {
                    studentId: view.me!.id,
                    questionId: prompt.id,
                    at: Date.now(),
                    ...answer,
                  } as ClassPrediction | ClassAnswer,
                }))
              }
            />
          </div>
        ) : isLive(view) && !run ? (
          <p className="mt-4 text-zinc-700 dark:text-zinc-300">
            Nothing to answer on this slide: watch the screen.
          </p>
        ) : null}
        {run ? (
          <section
            aria-labelledby="class-result-title"
            className="mt-4 rounded-lg border border-emerald-300 bg-emerald-50 p-4 dark:border-emerald-800 dark:bg-emerald-950/30"
          >
            <h2
              id="class-result-title"
              className="font-semibold text-emerald-950 dark:text-emerald-100"
            >
              {run.running?.length ? 'The teacher’s run, measuring now' : 'The teacher’s run'}
            </h2>
            <MyResult
              run={run}
              mine={mine(run.questionId) as ClassPrediction | undefined}
              labels={labels}
            />
          </section>
        ) : null}
      </>
    );
  }

  return (
    <div className="mx-auto flex min-h-dvh max-w-xl flex-col px-4 py-4">
      <header className="flex items-center justify-between gap-3 border-b border-zinc-300 pb-3 dark:border-zinc-700">
        <div className="min-w-0">
          <h1 className="font-semibold text-zinc-900 dark:text-zinc-100">
            Concurrency Lab class
            {code ? <span className="font-mono tracking-wider"> {code}</span> : null}
          </h1>
          {view?.me ? (
            <p
              className="truncate text-sm text-zinc-600 dark:text-zinc-400"
              data-testid="student-status"
            >
              {view.me.nickname ? `You are ${view.me.nickname}` : 'You joined without a name'}
              {link === 'reconnecting' ? ' · reconnecting…' : ''}
            </p>
          ) : null}
        </div>
        <ThemeToggle />
      </header>
      <main className="mt-4 flex-1">{body}</main>
    </div>
  );
}

/** A field's name, with a lighter hint after it. */
function FieldLabel({
  htmlFor,
  hint,
  children,
}: {
  htmlFor: string;
  hint: string;
  children: ReactNode;
}) {
  return (
    <label htmlFor={htmlFor} className="font-semibold text-zinc-900 dark:text-zinc-100">
      {children} <span className="font-normal text-zinc-600 dark:text-zinc-400">{hint}</span>
    </label>
  );
}

function JoinForm({ code, onJoined }: { code: string; onJoined: () => void }) {
  const [nickname, setNickname] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <form
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        setBusy(true);
        studentSend(code, { action: 'join', nickname })
          .then(onJoined)
          .catch((caught: Error) => setFailure(caught.message))
          .finally(() => setBusy(false));
      }}
    >
      <FieldLabel htmlFor="class-nickname" hint="(optional; the teacher may show it)">
        Nickname
      </FieldLabel>
      <input
        id="class-nickname"
        className={field}
        maxLength={MAX_NICKNAME}
        value={nickname}
        onChange={(e) => setNickname(e.target.value)}
        autoComplete="nickname"
      />
      <button type="submit" className={studentButton} disabled={busy}>
        Join the class
      </button>
      {failure ? (
        <p role="alert" className="text-red-700 dark:text-red-300">
          {failure}
        </p>
      ) : null}
    </form>
  );
}

function CodeForm({ onCode }: { onCode: (code: string) => void }) {
  const [value, setValue] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <form
      className="mt-4 grid gap-3"
      onSubmit={(event) => {
        event.preventDefault();
        const parsed = parseJoinCode(value);
        setInvalid(!parsed);
        if (parsed) {
          window.history.replaceState(null, '', `/join/${parsed}`);
          onCode(parsed);
        }
      }}
    >
      <FieldLabel htmlFor="class-code" hint="(on the teacher's screen)">
        Class code
      </FieldLabel>
      <input
        id="class-code"
        className={`${field} font-mono uppercase tracking-widest`}
        maxLength={JOIN_CODE_LENGTH}
        value={value}
        onChange={(e) => setValue(e.target.value)}
        autoComplete="off"
        aria-invalid={invalid}
        aria-describedby={invalid ? 'class-code-error' : undefined}
      />
      {invalid ? (
        <p id="class-code-error" className="text-red-700 dark:text-red-300">
          A code has {JOIN_CODE_LENGTH} letters and digits.
        </p>
      ) : null}
      <button type="submit" className={studentButton}>
        Go to the class
      </button>
    </form>
  );
}
