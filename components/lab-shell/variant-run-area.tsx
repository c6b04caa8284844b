'use client';

import { Fragment, type ReactNode } from 'react';
import type { QueuePlace, RunFailure } from '@/lib/experiments/runs-state';
import { lastRun, type LabVariants } from './lab-variants';
import { RunFailureAlert } from './lab-panel';
import { ReplayControls } from './replay-controls';
import { endedText, RunControls, RunStatusLine } from './run-controls';
import type { Replay } from './use-replay';

/** A run as the run area reads it. */
interface AreaRun<V extends string> {
  variant: V;
  status: 'running' | 'done' | 'error' | 'cancelled';
  queued: QueuePlace | null;
  result: { elapsed_ms: number } | null;
  error: RunFailure | null;
}

/** What the lab's hooks give the run area: this visit's runs and what can be done with them. */
export interface AreaState<Run> {
  runs: readonly Run[];
  busy: boolean;
  cancel: () => void;
  reset: () => void;
  showRecording: (runs: Run[]) => void;
}

/**
 * What a lab that compares variants (strategies, modes) shows under its settings: one button per
 * variant and one for all, the line that says what runs or how the last run ended, a failure
 * (with its recording), the replay bar while a run is replayed, then one timeline per variant.
 * The lab supplies its words, its progress and its timeline; the order and the behaviour are
 * the same in every lab.
 */
export function VariantRunArea<V extends string, Run extends AreaRun<V>>({
  labVariants,
  state,
  onRun,
  recorded,
  progress,
  endedExtra = () => '',
  replay,
  timeline,
  timelinesClassName = 'mt-2',
  children,
}: {
  labVariants: LabVariants<V>;
  state: AreaState<Run>;
  onRun: (variants: V[]) => void;
  /** The shipped recording offered when the server cannot be reached. */
  recorded: () => Run[];
  /** What the running run is doing: its name, and `done` of `total` `unit` so far. */
  progress: (run: Run) => { what: ReactNode; done: number; total: number; unit: string };
  /** Added to "… finished in 1.20 s" (e.g. how many requests failed). */
  endedExtra?: (run: Run) => string;
  /** The replay bar's state and ticks, while a finished run is being replayed. */
  replay: { replay: Replay; durationMs: number; times: number[] } | null;
  timeline: (variant: V) => ReactNode;
  timelinesClassName?: string;
  /** Shown between the status and the replay bar (a lab's own note on the run to come). */
  children?: ReactNode;
}) {
  const { lab, variants, meta, choices, allLabel, stopped } = labVariants;
  const { current, failure, running } = lastRun(state.runs, state.busy);
  return (
    <>
      <RunControls
        allLabel={allLabel}
        choices={choices}
        busy={state.busy}
        onRun={onRun}
        onCancel={state.cancel}
        onReset={state.reset}
      />
      <RunStatusLine
        running={running ? { ...progress(running), queued: running.queued } : null}
        idle={endedText(
          current,
          (variant) => meta[variant].label,
          stopped,
          current ? endedExtra(current) : '',
        )}
      />
      {failure ? (
        <RunFailureAlert
          failure={failure}
          onShowRecording={() => state.showRecording(recorded())}
        />
      ) : null}
      {children}
      {replay ? (
        <div className="mt-4">
          <ReplayControls {...replay} />
        </div>
      ) : null}
      <div
        className={`${timelinesClassName} divide-y divide-zinc-200 dark:divide-zinc-800`}
        data-testid={`${lab}-timelines`}
      >
        {variants.map((variant) => (
          <Fragment key={variant}>{timeline(variant)}</Fragment>
        ))}
      </div>
    </>
  );
}
