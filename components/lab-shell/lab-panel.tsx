'use client';

import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useDeck } from '@/components/present/deck-context';
import type { RunFailure } from '@/lib/experiments/runs-state';
import { LabIdContext, useMarkLabRan } from './answer-after-run';
import { settingsSummary } from './settings-summary';

/** Button looks shared by every lab, so that all labs read the same. */
export const labButton = {
  base: 'inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-medium disabled:cursor-not-allowed disabled:opacity-50',
  primary:
    'bg-indigo-700 text-white hover:bg-indigo-800 dark:bg-indigo-400 dark:text-zinc-950 dark:hover:bg-indigo-300',
  secondary:
    'border border-zinc-300 bg-white text-zinc-800 hover:border-zinc-400 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-100',
  cancel:
    'border border-rose-300 text-rose-800 hover:bg-rose-50 dark:border-rose-800 dark:text-rose-200 dark:hover:bg-rose-950',
  quiet: 'text-zinc-600 hover:text-zinc-900 dark:text-zinc-400 dark:hover:text-zinc-100',
} as const;

/**
 * Whether labs draw their stage layout: on a slide (any deck window, previews and print too),
 * where the room reads from a distance. The reading page gets the full panel.
 */
export function useStageLayout(): boolean {
  return useDeck().mode !== 'reading';
}

/**
 * The frame of a live lab: kicker, title, one-line explanation, then the lab. On a slide the
 * same parts draw in the stage layout (app/present/present.css, `[data-stage]`): no kicker or
 * explanation, large type, settings folded into one line (LabSettings), and what only a reader
 * at a desk needs (the code that ran, the history, tables) left to the reading page.
 */
export function LabPanel({
  lab,
  title,
  intro,
  ran,
  children,
}: {
  lab: string;
  title: ReactNode;
  intro: ReactNode;
  /** Whether a run has finished: the lab's answers (in the panel and around it) appear then. */
  ran: boolean;
  children: ReactNode;
}) {
  const id = useId();
  const stage = useStageLayout();
  useMarkLabRan(lab, ran);
  return (
    <LabIdContext value={lab}>
      <section
        aria-labelledby={`${id}-title`}
        className="not-prose my-8 rounded-xl border border-zinc-200 bg-zinc-50/60 p-4 shadow-sm sm:p-5 dark:border-zinc-800 dark:bg-zinc-900/40"
        data-experiment={lab}
        data-stage={stage ? '' : undefined}
        data-ran={ran ? '' : undefined}
      >
        <p
          className="text-xs font-semibold tracking-wider text-indigo-700 uppercase dark:text-indigo-300"
          data-stage-hide=""
        >
          Live experiment
        </p>
        <h3 id={`${id}-title`} className="mt-1 text-lg font-semibold text-zinc-900 dark:text-white">
          {title}
        </h3>
        <p className="mt-1 text-sm text-zinc-600 dark:text-zinc-400" data-stage-hide="">
          {intro}
        </p>
        {children}
      </section>
    </LabIdContext>
  );
}

/**
 * A lab's settings: in full on the reading page; on a slide folded into one line that says
 * what the run will use in the fields' own words ("Settings: Requests 10 · Delay 100 ms"),
 * opened to change them.
 */
export function LabSettings({
  values,
  children,
}: {
  values: Readonly<Record<string, string>>;
  children: ReactNode;
}) {
  const line = useRef<HTMLSpanElement>(null);
  const stage = useStageLayout();
  // The labels live in the folded form (drawn in the same commit): the line is written after it,
  // before the paint, on every render, as the values change.
  useLayoutEffect(() => {
    const form = line.current?.closest('details');
    if (line.current && form) line.current.textContent = settingsSummary(form, values);
  });
  if (!stage) return <>{children}</>;
  return (
    <details className="lab-stage-settings mt-3" data-lab-settings="">
      <summary className="cursor-pointer text-sm text-zinc-700 dark:text-zinc-300">
        <span className="font-semibold">Settings:</span> <span ref={line} />
      </summary>
      {children}
    </details>
  );
}

/** A coloured square naming a strategy or mode in buttons, headings and legends. */
export function Swatch({ color, className = 'size-2.5' }: { color: string; className?: string }) {
  return (
    <span
      aria-hidden="true"
      className={`inline-block shrink-0 rounded-sm ${className}`}
      style={{ background: color }}
    />
  );
}

/**
 * Why the last run failed, in one sentence (ExperimentError's message, composed where it is
 * made: lib/client/error-sentence.ts), the server's reasons for a 400 (also shown next to the
 * fields), and, when the server could not be reached at all, a way to look at a shipped
 * recording instead.
 */
export function RunFailureAlert({
  failure,
  onShowRecording,
}: {
  failure: RunFailure;
  onShowRecording?: () => void;
}) {
  return (
    <div
      role="alert"
      className="mt-2 rounded-md border border-rose-300 bg-rose-50 px-3 py-2 text-sm text-rose-900 dark:border-rose-800 dark:bg-rose-950/50 dark:text-rose-100"
    >
      <p className="font-medium">{failure.message}</p>
      {failure.status === null && onShowRecording ? (
        <button
          type="button"
          onClick={onShowRecording}
          className="mt-2 rounded-md border border-rose-400 px-2 py-1 text-sm font-medium hover:bg-rose-100 dark:border-rose-700 dark:hover:bg-rose-900/50"
        >
          Show a recorded run instead
        </button>
      ) : null}
      {failure.issues.length > 0 ? (
        <ul className="mt-1 list-disc pl-5">
          {failure.issues.map((issue) => (
            <li key={issue.path + issue.message}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Recording, not live: …" — the label every shipped recording carries wherever it is drawn. */
export function RecordingNote({
  recording,
}: {
  recording: { recorded_at: string; machine: string } | null;
}) {
  if (!recording) return null;
  return (
    <p className="w-full text-xs font-medium text-amber-800 dark:text-amber-300">
      Recording, not live: measured {recording.recorded_at} on {recording.machine}
    </p>
  );
}

/**
 * One measured number under a result's heading: a small label over the value. `data-*`
 * attributes land on the value (tests and tools read the exact number there).
 */
export function Reading({
  label,
  children,
  ...data
}: { label: string; children: ReactNode } & Record<`data-${string}`, number>) {
  return (
    <div className="min-w-0">
      <dt className="text-[11px] text-zinc-500 dark:text-zinc-400">{label}</dt>
      <dd className="font-semibold text-zinc-900 tabular-nums dark:text-zinc-100" {...data}>
        {children}
      </dd>
    </div>
  );
}

/** The heading of one strategy's or mode's result: its colour, its name, the idiom it stands for, and any badges. */
export function ResultHeading({
  color,
  label,
  idiom,
  children,
}: {
  color: string;
  label: string;
  idiom?: string;
  children?: ReactNode;
}) {
  return (
    <h4 className="flex flex-wrap items-center gap-x-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
      <Swatch color={color} className="size-3" />
      {label}
      {idiom ? (
        <code className="text-xs font-normal text-zinc-500 dark:text-zinc-400">{idiom}</code>
      ) : null}
      {children}
    </h4>
  );
}
