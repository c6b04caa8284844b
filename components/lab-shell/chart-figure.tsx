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
