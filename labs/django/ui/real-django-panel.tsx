'use client';

import { useRef, useState, type ReactNode } from 'react';
import { useServerInfo } from '@/components/lab-shell/use-server-info';
import { LaneTimeline } from '@/components/charts/lane-timeline';
import { streamExperiment } from '@/lib/client/stream-experiment';
import type { RunFailure } from '@/lib/experiments/runs-state';
import type {
  DjangoServerName,
  DjangoVersion,
  RealDjangoInfo,
  RealDjangoResult,
} from '@/labs/django/contract';
import { formatMs } from '@/lib/format';
import {
  LabPanel,
  labButton,
  Reading,
  ResultHeading,
  RunFailureAlert,
} from '@/components/lab-shell/lab-panel';
import { WhatThisShows } from '@/components/lab-shell/lab-parts';
import { guessMs, PredictFirst } from '@/components/lab-shell/predict-first';
import { failureOf } from '@/components/lab-shell/use-experiment-runs';
import { useRunAbort } from '@/components/lab-shell/use-run-abort';
import { useRunButtons } from '@/components/lab-shell/use-run-buttons';
import { useStageScroll } from '@/components/lab-shell/use-stage-scroll';

type CaseId = `${DjangoVersion}-${DjangoServerName}`;

const CASES: readonly {
  id: CaseId;
  django: DjangoVersion;
  server: DjangoServerName;
  label: string;
  idiom: string;
  color: string;
}[] = [
  {
    id: '3.2-runserver',
    django: '3.2',
    server: 'runserver',
    label: 'Django 3.2 · runserver',
    idiom: 'WSGI, a thread per request',
    color: '#4f46e5',
  },
  {
    id: '3.2-uvicorn',
    django: '3.2',
    server: 'uvicorn',
    label: 'Django 3.2 · uvicorn',
    idiom: 'ASGI',
    color: '#0d9488',
  },
  {
    id: '4.2-runserver',
    django: '4.2',
    server: 'runserver',
    label: 'Django 4.2 · runserver',
    idiom: 'WSGI, a thread per request',
    color: '#4f46e5',
  },
  {
    id: '4.2-uvicorn',
    django: '4.2',
    server: 'uvicorn',
    label: 'Django 4.2 · uvicorn',
    idiom: 'ASGI',
    color: '#0d9488',
  },
];

type CaseState =
  | { status: 'idle' }
  | { status: 'running' }
  | { status: 'done'; result: RealDjangoResult }
  | { status: 'failed'; failure: RunFailure };

const LANES = Array.from({ length: 10 }, (_, task) => ({
  id: String(task),
  label: `task ${task}`,
}));

/** One combination's result: the view's own words, the time, and when each sync view ran. */
function CaseResult({
  spec,
  state,
  guess,
}: {
  spec: (typeof CASES)[number];
  state: CaseState;
  guess: number | null;
}) {
  const result = state.status === 'done' ? state.result : null;
  // Room after the last moment for the answer's label.
  const domainMs = result
    ? 1.2 * Math.max(result.elapsed_ms, ...result.views.map((view) => view.end_ms))
    : 0;
  return (
    <div
      className="min-w-0 rounded-lg border border-zinc-200 bg-white p-3 dark:border-zinc-800 dark:bg-zinc-950/60"
      data-case={spec.id}
      data-state={state.status}
    >
      <ResultHeading color={spec.color} label={spec.label} idiom={spec.idiom}>
        {result ? (
          <span
            data-testid="status"
            className={`rounded px-1.5 py-0.5 text-xs font-medium ${result.status === 200 ? 'bg-emerald-100 text-emerald-900 dark:bg-emerald-950 dark:text-emerald-200' : 'bg-rose-100 text-rose-900 dark:bg-rose-950 dark:text-rose-200'}`}
          >
            HTTP {result.status}
          </span>
        ) : null}
      </ResultHeading>
      {state.status === 'idle' ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400">Not run yet.</p>
      ) : null}
      {state.status === 'running' ? (
        <p className="mt-2 text-sm text-zinc-600 dark:text-zinc-400" role="status">
          Waiting for <code>/async/api_aggregated/</code>… (a server starts on first use; a timeout
          takes 5 s or more)
        </p>
      ) : null}
      {state.status === 'failed' ? <RunFailureAlert failure={state.failure} /> : null}
      {result ? (
        <>
          <p
            className="mt-2 text-sm break-words text-zinc-800 dark:text-zinc-200"
            data-testid="answer"
          >
            {result.debug_message ? (
              <>
                “<strong>{result.debug_message}</strong>”
              </>
            ) : (
              <>
                <strong className="text-rose-800 dark:text-rose-200">{result.error}</strong>
              </>
            )}
          </p>
          <dl className="mt-2 grid grid-cols-3 gap-2">
            <Reading label="elapsed" data-elapsed-ms={result.elapsed_ms}>
              {formatMs(result.elapsed_ms)}
            </Reading>
            <Reading label="your guess">{guess === null ? '—' : formatMs(guess)}</Reading>
            <Reading label="Django">{result.django_version}</Reading>
          </dl>
          {result.views.some((view) => view.end_ms > result.elapsed_ms) ? (
            <p className="mt-1 text-xs text-zinc-600 dark:text-zinc-400" data-slide-hidden="">
              Red bars: sync views that still ran after the aggregated view had given up and
              answered.
            </p>
          ) : null}
          {result.restarted ? (
            <p className="mt-1 text-xs text-amber-800 dark:text-amber-300" data-slide-hidden="">
              The previous server had stopped; this run started a new one.
            </p>
          ) : null}
          <div className="mt-2">
            <LaneTimeline
              lanes={LANES}
              bars={result.views.map((view, index) => ({
                key: `${view.task_id ?? '?'}-${index}`,
                lane: view.task_id ?? '0',
                start: Math.max(0, view.start_ms),
                end: view.end_ms,
                // Still running when the aggregated view answered: nobody was waiting for it any more.
                failed: view.end_ms > result.elapsed_ms,
                label: `sync view, task_id=${view.task_id}: ${formatMs(view.start_ms)} → ${formatMs(view.end_ms)}${view.end_ms > result.elapsed_ms ? ', after the aggregated view had answered' : ''}`,
              }))}
              annotations={[
                { key: 'answer', from: result.elapsed_ms, label: `HTTP ${result.status}` },
              ]}
              domainMs={domainMs}
              color={spec.color}
              maxHeight={170}
              label={`When the ten sync views ran under ${spec.label}`}
            />
          </div>
        </>
      ) : null}
    </div>
  );
}

/**
 * The essay's project (labs/django/workers/mysite) served by real Django, 3.2 and 4.2, under runserver
 * and uvicorn: the reader predicts, runs one or all four, and sees each view's answer, the time
 * it took and when the ten sync views ran. `code` is the project's views.py and urls.py.
 */
export function RealDjangoPanel({ code }: { code: ReactNode }) {
  const info = useServerInfo<RealDjangoInfo>('/api/experiments/django/info');
  const [guesses, setGuesses] = useState<Record<CaseId, string>>({
    '3.2-runserver': '',
    '3.2-uvicorn': '',
    '4.2-runserver': '',
    '4.2-uvicorn': '',
  });
  const [states, setStates] = useState<Partial<Record<CaseId, CaseState>>>({});
  const [busy, setBusy] = useState(false);
  const abort = useRunAbort();
  const runButtons = useRunButtons(busy);
  const results = useRef<HTMLDivElement>(null);
  useStageScroll(results, busy);

  const available = (spec: (typeof CASES)[number]) =>
    info.data?.combinations.some(
      (c) => c.django === spec.django && c.server === spec.server && c.available,
    ) ?? false;

  async function runCases(specs: readonly (typeof CASES)[number][]) {
    const controller = abort.start();
    setBusy(true);
    try {
      for (const spec of specs) {
        setStates((s) => ({ ...s, [spec.id]: { status: 'running' } }));
        try {
          const result = await streamExperiment<RealDjangoResult>(
            `/api/experiments/django?django=${spec.django}&server=${spec.server}`,
            {
              signal: controller.signal,
            },
          );
          setStates((s) => ({ ...s, [spec.id]: { status: 'done', result } }));
        } catch (error) {
          if (controller.signal.aborted) {
            setStates((s) => ({ ...s, [spec.id]: { status: 'idle' } }));
            return;
          }
          setStates((s) => ({ ...s, [spec.id]: { status: 'failed', failure: failureOf(error) } }));
        }
      }
    } finally {
      abort.done(controller);
      setBusy(false);
    }
  }

  const runnable = CASES.filter(available);
  return (
    <LabPanel
      lab="django-real"
      ran={Object.values(states).some((s) => s?.status === 'done')}
      title="The essay’s project, on real Django"
      intro={
        <>
          This server runs <code>labs/django/workers/mysite</code>, the essay’s views unchanged but
          for the port, on Django 3.2 and 4.2, each under <code>runserver</code> (WSGI) and uvicorn
          (ASGI). A run requests <code>/async/api_aggregated/</code> once; it calls the one-second
          sync view ten times at once.
        </>
      }
    >
      {info.data?.missing ? (
        <p className="mt-3 text-sm text-amber-900 dark:text-amber-200" data-testid="django-missing">
          {info.data.missing}
        </p>
      ) : null}
      {info.error ? (
        <p className="mt-3 text-sm text-rose-800 dark:text-rose-200">
          Could not ask the server which Django versions it has.
        </p>
      ) : null}
      <PredictFirst
        idPrefix="django-real"
        question="How long will the aggregated view take on each, in ms? Ten calls of a view that sleeps for one second."
        variants={CASES}
        guesses={guesses}
        onChange={setGuesses}
        measured={Object.fromEntries(
          CASES.flatMap(({ id }) => {
            const state = states[id];
            return state?.status === 'done' ? [[id, state.result.elapsed_ms]] : [];
          }),
        )}
      />
      <div className="mt-4 flex flex-wrap items-center gap-2" {...runButtons.props}>
        <button
          type="button"
          className={`${labButton.base} ${labButton.primary}`}
          disabled={busy || runnable.length === 0}
          onClick={() => void runCases(runnable)}
        >
          Run all four
        </button>
        {CASES.map((spec) => (
          <button
            key={spec.id}
            type="button"
            className={`${labButton.base} ${labButton.secondary}`}
            disabled={busy || !available(spec)}
            onClick={() => void runCases([spec])}
            data-run={spec.id}
          >
            Run {spec.django} · {spec.server}
          </button>
        ))}
        {busy ? (
          <button
            type="button"
            className={`${labButton.base} ${labButton.cancel}`}
            onClick={abort.stop}
          >
            Cancel
          </button>
        ) : null}
      </div>
      <div ref={results} className="mt-4 grid gap-3 md:grid-cols-2" aria-live="polite">
        {CASES.map((spec) => (
          <CaseResult
            key={spec.id}
            spec={spec}
            state={states[spec.id] ?? { status: 'idle' }}
            guess={guessMs(guesses[spec.id])}
          />
        ))}
      </div>
      <WhatThisShows>
        <li>
          Under <code>runserver</code> each request gets its own thread, so the ten sleeps overlap
          and the view reports about a second, on both versions.
        </li>
        <li>
          Under ASGI, Django 3.2 runs every sync view of the process on one shared thread: the ten
          sleeps queue up, httpx gives up after its default 5 s read timeout, and the 500 goes out
          once that same thread is free to render it.
        </li>
        <li>
          Django 4.0 gave each request its own thread-sensitive context, so on 4.2 the ten sleeps
          overlap under uvicorn too.
        </li>
      </WhatThisShows>
      <details
        className="mt-4 rounded-lg border border-zinc-200 dark:border-zinc-800"
        data-stage-hide=""
      >
        <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
          The code that ran: views.py and urls.py
        </summary>
        <div className="space-y-3 p-2">{code}</div>
      </details>
    </LabPanel>
  );
}
