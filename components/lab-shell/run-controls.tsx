'use client';

import { useRef, type ReactNode } from 'react';
import { formatMs } from '@/lib/format';
import type { QueuePlace } from '@/lib/experiments/runs-state';
import { Swatch, labButton } from './lab-panel';
import { CancelOrReset } from './lab-parts';
import { useRunButtons } from './use-run-buttons';
import { useStageScroll } from './use-stage-scroll';

/** A strategy or mode as a run button shows it. */
export interface RunChoice<V extends string> {
  id: V;
  label: string;
  color: string;
}

/**
 * A lab's run buttons: "run them all" (one after another), one per variant, any extra buttons
 * (`children`), then Cancel while a run is going, or Reset settings. No run starts while a
 * setting is refused, and the pressed button has the focus again after the run (useRunButtons).
 */
export function RunControls<V extends string>({
  allLabel,
  choices,
  busy,
  onRun,
  onCancel,
  onReset,
  children,
}: {
  allLabel: string;
  choices: readonly RunChoice<V>[];
  busy: boolean;
  onRun: (variants: V[]) => void;
  onCancel: () => void;
  onReset: () => void;
  children?: ReactNode;
}) {
  const { props, guarded } = useRunButtons(busy);
  return (
    <div className="mt-4 flex flex-wrap items-center gap-2" data-run-controls="" {...props}>
      <button
        type="button"
        disabled={busy}
        onClick={() => guarded(() => onRun(choices.map((c) => c.id)))}
        className={`${labButton.base} ${labButton.primary}`}
      >
        {allLabel}
      </button>
      {choices.map((choice) => (
        <button
          key={choice.id}
          type="button"
          disabled={busy}
          onClick={() => guarded(() => onRun([choice.id]))}
          className={`${labButton.base} ${labButton.secondary}`}
        >
          <Swatch color={choice.color} className="mr-1.5 size-2.5" />
          {choice.label}
        </button>
      ))}
      {children}
      <CancelOrReset busy={busy} onCancel={onCancel} onReset={onReset} />
    </div>
  );
}

/**
 * The line under the buttons (read out politely to screen readers): what is running, its place
 * in the server's queue or its progress, else how the last run ended.
 */
export function RunStatusLine({
  running,
  idle,
}: {
  /** `done` of `total` `unit` (e.g. "Tasks") finished so far. */
  running: {
    what: ReactNode;
    queued: QueuePlace | null;
    done: number;
    total: number;
    unit: string;
  } | null;
  /** What to say when nothing runs (how the last run ended), or null. */
  idle: ReactNode;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useStageScroll(ref, running !== null);
  return (
    <div ref={ref} className="mt-3 min-h-6 text-sm" aria-live="polite">
      {running ? (
        <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
          <span>
            Running {running.what}
            {running.queued
              ? ` — waiting for the server: ${running.queued.position} of ${running.queued.queue_length} in line`
              : '…'}
          </span>
          <progress
            className="h-2 w-40 accent-indigo-600"
            max={running.total || 1}
            value={running.done}
            aria-label={`${running.unit} finished`}
          >
            {running.done} of {running.total}
          </progress>
        </div>
      ) : (
        <span className="text-zinc-600 dark:text-zinc-400">{idle}</span>
      )}
    </div>
  );
}

/**
 * How the last run ended, in one sentence for RunStatusLine's `idle`: "Offloaded finished in
 * 1.20 s." or "Cancelled; the server stopped <stopped>." (null before any run, or after a failure,
 * which has its own alert).
 */
export function endedText<V extends string>(
  last: { variant: V; status: string; result: { elapsed_ms: number } | null } | undefined,
  labelOf: (variant: V) => string,
  stopped: string,
  extra = '',
): string | null {
  if (last?.status === 'done' && last.result)
    return `${labelOf(last.variant)} finished in ${formatMs(last.result.elapsed_ms)}${extra}.`;
  if (last?.status === 'cancelled') return `Cancelled; the server stopped ${stopped}.`;
  return null;
}
