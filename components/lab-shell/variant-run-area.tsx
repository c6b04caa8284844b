'use client';

import { Fragment, type ComponentProps, type ReactNode } from 'react';
import type { RunFailure } from '@/lib/experiments/runs-state';
import { RunFailureAlert } from './lab-panel';
import { ReplayControls } from './replay-controls';
import { RunControls, RunStatusLine } from './run-controls';
import type { Replay } from './use-replay';

/**
 * What a lab that compares variants (strategies, modes) shows under its settings: one button per
 * variant and one for all, the line that says what runs or how the last run ended, a failure
 * (with its recording), the replay bar while a run is replayed, then one timeline per variant.
 * The lab supplies its words and its timeline; the order and the behaviour are the same in
 * every lab.
 */
export function VariantRunArea<V extends string>({
  lab,
  variants,
  controls,
  running,
  idle,
  failure,
  onShowRecording,
  replay,
  timeline,
  timelinesClassName = 'mt-2',
  children,
}: {
  /** The lab's name: the timelines' test id is `<lab>-timelines`. */
  lab: string;
  variants: readonly V[];
  controls: ComponentProps<typeof RunControls<V>>;
  running: ComponentProps<typeof RunStatusLine>['running'];
  idle: ReactNode;
  failure: RunFailure | null;
  onShowRecording: () => void;
  /** The replay bar's state and ticks, while a finished run is being replayed. */
  replay: { replay: Replay; durationMs: number; times: number[] } | null;
  timeline: (variant: V) => ReactNode;
  timelinesClassName?: string;
  /** Shown between the status and the replay bar (a lab's own note on the run to come). */
  children?: ReactNode;
}) {
  return (
    <>
      <RunControls {...controls} />
      <RunStatusLine running={running} idle={idle} />
      {failure ? <RunFailureAlert failure={failure} onShowRecording={onShowRecording} /> : null}
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
