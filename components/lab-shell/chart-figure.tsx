'use client';

import type { ReactNode } from 'react';
import { useStageLayout } from './lab-panel';

/**
 * A lab chart's height: `page` on the reading page, `slide` on a slide, where a summary chart
 * sits beside its lab's timelines, under the replay bar and above its legend, in the slide's
 * height (a little shorter, as long as every label still fits).
 */
export function useChartHeight(page: number, slide: number): number {
  return useStageLayout() ? slide : page;
}

/** A lab's chart under a caption, with its legend, notes and data table (`children`). */
export function ChartFigure({
  caption,
  testId,
  children,
}: {
  caption: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <figure className="mt-6" data-testid={testId}>
      <figcaption className="mb-2 text-sm font-semibold text-zinc-900 dark:text-zinc-100">
        {caption}
      </figcaption>
      {children}
    </figure>
  );
}

/** The line of legend entries under a chart; `prediction`: the reader's guesses are drawn too. */
export function ChartLegend({
  label = 'Legend',
  prediction = false,
  children,
}: {
  label?: string;
  prediction?: boolean;
  children: ReactNode;
}) {
  return (
    <ul
      className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400"
      aria-label={label}
    >
      {children}
      {prediction ? <PredictionLegendItem /> : null}
    </ul>
  );
}

/** One legend entry: a mark drawn as in the chart (a span styled by `markClassName`), then its words. */
export function LegendItem({
  markClassName,
  mark,
  children,
}: {
  markClassName?: string;
  /** A mark of its own, instead of a styled span. */
  mark?: ReactNode;
  children: ReactNode;
}) {
  return (
    <li className="flex items-center gap-1.5">
      {mark ?? <span aria-hidden="true" className={markClassName} />}
      {children}
    </li>
  );
}

/** "your prediction": the dashed outline a chart draws where the reader's guess was. */
function PredictionLegendItem() {
  return (
    <LegendItem markClassName="h-2.5 w-5 rounded-sm border border-dashed border-[var(--chart-text)]">
      your prediction
    </LegendItem>
  );
}
