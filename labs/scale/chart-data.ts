// The scale chart's data: measured runs as series against N, and the published reference
// figures as marks beside them, both on log axes. Pure functions for the UI.
import { SCALE_REFERENCE, type ReferenceFigure } from './reference';
import { scaleCodeKey, type ScaleCodeKey } from './source-files';
import type { ScaleEngine, ScaleKind } from './contract';

/** The fields of a scale result (labs/scale/engine/run.ts ScaleResult) the chart reads. */
export interface ScaleResultView {
  kind: ScaleKind;
  engine: ScaleEngine;
  count: number;
  create_ms: number;
  bytes_per_unit: number;
  kernel_stack_delta_bytes: number | null;
}

/** What a chart plots per unit. */
export type ScaleMetric = 'bytes_per_unit' | 'create_us';

/** One measured run as a point of its series. */
export interface ScalePoint {
  count: number;
  bytes_per_unit: number;
  /** Creation time per unit, in microseconds. */
  create_us: number;
  /** Kernel stack growth per unit (threads), or null where it was not measured. */
  kernel_bytes_per_unit: number | null;
}

/** A series is one engine × kind; the key matches the code registry's. */
export type ScaleSeriesKey = ScaleCodeKey;

/** The per-unit numbers of one result. */
export function scalePoint(result: ScaleResultView): ScalePoint {
  return {
    count: result.count,
    bytes_per_unit: result.bytes_per_unit,
    create_us: (result.create_ms * 1000) / result.count,
    kernel_bytes_per_unit:
      result.kernel_stack_delta_bytes === null
        ? null
        : Math.round(result.kernel_stack_delta_bytes / result.count),
  };
}

/** Every result as a point of its engine × kind series, each series sorted by N (repeats kept). */
export function scaleSeries(
  results: readonly ScaleResultView[],
): Partial<Record<ScaleSeriesKey, ScalePoint[]>> {
  const series: Partial<Record<ScaleSeriesKey, ScalePoint[]>> = {};
  for (const result of results)
    (series[scaleCodeKey(result.engine, result.kind)] ??= []).push(scalePoint(result));
  for (const points of Object.values(series)) points.sort((a, b) => a.count - b.count);
  return series;
}

/** Whole powers of `base` that cover every positive value (and at least one step of the base). */
export function logDomain(values: readonly number[], base = 10): [number, number] {
  const positive = values.filter((v) => v > 0 && Number.isFinite(v));
  if (positive.length === 0) return [1, base];
  const exponent = (v: number) => Math.log(v) / Math.log(base);
  // Rounding first keeps exact powers (1000 in base 10) from landing one step off.
  const low = base ** Math.floor(Number(exponent(Math.min(...positive)).toFixed(9)));
  const high = base ** Math.ceil(Number(exponent(Math.max(...positive)).toFixed(9)));
  return [low, high > low ? high : low * base];
}

/** One tick per power of `base` in the domain. */
export function logTicks([low, high]: [number, number], base = 10): number[] {
  const ticks: number[] = [];
  for (let value = low; value <= high * 1.000001; value *= base)
    ticks.push(Number(value.toPrecision(12)));
  return ticks;
}

/** A published figure drawn on a chart: a line at `low`, or a band when it is a range. */
export interface ReferenceMark {
  /** "R1".."R7": the figure's place in SCALE_REFERENCE, the same on both charts and in the list. */
  marker: string;
  figure: ReferenceFigure;
  low: number;
  high: number;
}

/** The figure's short marker, by its place in SCALE_REFERENCE. */
export function referenceMarker(figure: ReferenceFigure): string {
  return `R${SCALE_REFERENCE.indexOf(figure) + 1}`;
}

/** The reference figures that give a value for `metric`, as marks. */
export function referenceMarks(metric: ScaleMetric): ReferenceMark[] {
  return SCALE_REFERENCE.flatMap((figure) => {
    const range = metric === 'bytes_per_unit' ? figure.bytes_per_unit : figure.create_us;
    return range
      ? [{ marker: referenceMarker(figure), figure, low: range.low, high: range.high }]
      : [];
  });
}

/** "0.3 µs", "17 µs", "16 ms": a per-unit time in the unit a reader expects. */
export function formatMicros(us: number): string {
  if (!Number.isFinite(us)) return '—';
  if (us < 10) return `${us.toFixed(us < 1 ? 2 : 1)} µs`;
  if (us < 1000) return `${Math.round(us)} µs`;
  const ms = us / 1000;
  return ms < 1000
    ? `${ms < 10 ? ms.toFixed(1) : Math.round(ms)} ms`
    : `${(ms / 1000).toFixed(2)} s`;
}
