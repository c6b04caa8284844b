import type { ReactNode } from 'react';
import type { RunFailure } from '@/lib/experiments/runs-state';
import type { RunChoice } from './run-controls';
import type { RunChannel } from './use-experiment-runs';

/** How a lab names and draws each variant (strategy, mode). */
export type VariantMeta<V extends string> = Record<V, { label: string; color: string }>;

/** A lab's variants as the shell shows them: in its run buttons, its prediction and its status line. */
export interface LabVariants<V extends string> {
  /** The lab's name: the timelines' test id is `<lab>-timelines`. */
  lab: string;
  variants: readonly V[];
  meta: VariantMeta<V>;
  /** Each variant's name and colour, in order: the run buttons' and the prediction's choices. */
  choices: RunChoice<V>[];
  /** The label of the button that runs them all. */
  allLabel: string;
  /** What the server stops when a run is cancelled ("the run’s requests"). */
  stopped: string;
}

export function labVariants<V extends string>(
  lab: string,
  variants: readonly V[],
  meta: VariantMeta<V>,
  words: Pick<LabVariants<V>, 'allLabel' | 'stopped'>,
): LabVariants<V> {
  const choices = variants.map((id) => ({ id, label: meta[id].label, color: meta[id].color }));
  return { lab, variants, meta, choices, ...words };
}

/** The tabs of "the code that ran": one per variant, under its name. */
export function variantCodeTabs<V extends string>(
  { variants, meta }: LabVariants<V>,
  code: Record<V, ReactNode>,
) {
  return variants.map((id) => ({ id, label: meta[id].label, code: code[id] }));
}

/** LabPanel's `lab` and `ran`: the lab's name, and whether any run of this visit has finished. */
export function labFrame<V extends string>(
  { lab }: LabVariants<V>,
  runs: readonly { result: unknown }[],
) {
  return { lab, ran: runs.some((r) => r.result !== null) };
}

/** The visit's latest run, its failure when it failed, and itself while it runs. */
export function lastRun<Run extends { status: string; error: RunFailure | null }>(
  runs: readonly Run[],
  busy: boolean,
) {
  const current = runs.at(-1);
  return {
    current,
    failure: current?.status === 'error' ? current.error : null,
    running: busy && current?.status === 'running' ? current : undefined,
  };
}

/** What a lab panel is given: the code that ran (per engine and variant) and, on a slide, a channel. */
export interface LabPanelProps<E extends string, V extends string> {
  code: Record<E, Record<V, ReactNode>>;
  channel?: RunChannel;
}
