'use client';

import type { ComponentProps, ReactNode } from 'react';
import { formatMs } from '@/lib/format';
import { Reading, RecordingNote } from './lab-panel';

/**
 * One variant's block in a lab's list of timelines: its heading, the recording note when a
 * shipped recording is shown, then what the run drew. `data-<kind>` names the variant and
 * `data-state` says where its run stands ("empty" before any), for tests and the slides.
 */
export function VariantResult({
  kind,
  variant,
  state,
  spacing = 'py-3',
  heading,
  recording = null,
  children,
}: {
  /** The lab's word for a variant: `strategy`, `mode`. */
  kind: string;
  variant: string;
  state: string;
  spacing?: string;
  heading?: ReactNode;
  recording?: ComponentProps<typeof RecordingNote>['recording'];
  children: ReactNode;
}) {
  const named = { [`data-${kind}`]: variant };
  return (
    <div className={spacing} {...named} data-state={state}>
      {heading}
      <RecordingNote recording={recording} />
      {children}
    </div>
  );
}

/** A variant with no run of the settings shown: its heading and a line saying so. */
export function VariantNotRun(
  block: Omit<ComponentProps<typeof VariantResult>, 'state' | 'children' | 'recording'>,
) {
  return (
    <VariantResult {...block} state="empty">
      <p className="mt-1 text-sm text-zinc-500 dark:text-zinc-400">
        Not run with these settings yet.
      </p>
    </VariantResult>
  );
}

/** The row of readings under a variant's heading (test id `summary-<variant>`). */
export function Readings({ variant, children }: { variant: string; children: ReactNode }) {
  return (
    <dl
      className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-xs sm:grid-cols-4"
      data-testid={`summary-${variant}`}
    >
      {children}
    </dl>
  );
}

/** A lighter line under a reading's value: what it is measured against. */
export function ReadingNote({
  children,
  ...data
}: { children: ReactNode } & Record<`data-${string}`, number>) {
  return (
    <span className="block font-normal text-zinc-500 dark:text-zinc-400" {...data}>
      {children}
    </span>
  );
}

/** The reader's prediction under the reading it predicted. */
export function GuessNote({ guessMs }: { guessMs: number | null }) {
  return guessMs !== null ? <ReadingNote>you guessed {formatMs(guessMs)}</ReadingNote> : null;
}

/**
 * "Elapsed": the server's total once the run is done (exact number in `data-elapsed`),
 * `progress` while it runs, else how it ended.
 */
export function ElapsedReading({
  run,
  progress,
  children,
}: {
  run: { status: string; result: { elapsed_ms: number } | null };
  progress: ReactNode;
  children?: ReactNode;
}) {
  const { result, status } = run;
  return (
    <Reading label="Elapsed" {...(result ? { 'data-elapsed': result.elapsed_ms } : {})}>
      {result ? formatMs(result.elapsed_ms) : status === 'running' ? progress : status}
      {children}
    </Reading>
  );
}

/**
 * "What this shows", in words with the run's numbers (test id `verdict-<variant>`); left off a
 * slide, where the presenter says it and the room reads the timeline.
 */
export function RunVerdict({ variant, children }: { variant: string; children: ReactNode }) {
  return (
    <p
      className="mt-2 text-sm text-zinc-700 dark:text-zinc-300"
      data-testid={`verdict-${variant}`}
      data-slide-hidden=""
    >
      {children}
    </p>
  );
}
