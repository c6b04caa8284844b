// The scale lab's vocabulary, shared by the engine, the API and the UI.
import { oneOf } from '@/lib/experiments/one-of';
import type { StreamEvent } from '@/platform/http/sse';

export const SCALE_KINDS = ['tasks', 'threads'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];
export const isScaleKind = oneOf(SCALE_KINDS);

export const SCALE_ENGINES = ['node', 'cpython'] as const;
export type ScaleEngine = (typeof SCALE_ENGINES)[number];
export const isScaleEngine = oneOf(SCALE_ENGINES);

/** What a child process measured about itself (its `result` line). */
export interface ScaleMeasurement {
  /** E.g. "Node v20.20.2" or "CPython 3.11.7". */
  runtime: string;
  /** Until every unit exists and is waiting (a thread is running, a task has reached its first await). */
  create_ms: number;
  /** From the first creation until the last unit has finished its 500 ms sleep. */
  elapsed_ms: number;
  /** The child's resident memory right before it created the units. */
  rss_baseline_bytes: number;
  /** The highest resident memory during the run (see `rss_source`). */
  rss_peak_bytes: number;
  /** (peak − baseline) / count. */
  bytes_per_unit: number;
  /** Where the peak came from: the kernel's VmHWM where available, otherwise samples. */
  rss_source: string;
  /**
   * Growth of the kernel's memory for thread stacks (KernelStack in /proc/meminfo) while the
   * units slept: the per-thread cost RSS does not show. Machine-wide, so other processes add
   * noise; null where /proc is missing.
   */
  kernel_stack_delta_bytes: number | null;
}

/** The lines a scale child prints, in order. */
export type ScaleChildLine =
  | { event: 'baseline'; rss_bytes: number }
  | { event: 'created'; create_ms: number; rss_bytes: number }
  | ({ event: 'result' } & ScaleMeasurement);

/** The whole result of a run: the JSON answer, and the `done` event of the stream. */
export interface ScaleResult extends ScaleMeasurement {
  kind: ScaleKind;
  engine: ScaleEngine;
  count: number;
  /** How long each unit slept once all existed. */
  sleep_ms: number;
}

export type ScaleEvent =
  | StreamEvent<'start', { kind: ScaleKind; engine: ScaleEngine; count: number }>
  | StreamEvent<
      'progress',
      { phase: 'baseline' | 'created'; rss_bytes: number; create_ms: number | null }
    >
  | StreamEvent<'done', ScaleResult>;
