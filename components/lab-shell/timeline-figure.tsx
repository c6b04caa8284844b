'use client';

import type { ComponentProps, ReactNode } from 'react';
import { LaneTimeline } from '@/components/charts/lane-timeline';
import { DataTable } from './data-table';

/**
 * A lane timeline as a figure: a small caption above it that says how to read it, and its
 * numbers as a data table below (for screen readers, and to copy).
 */
export function TimelineFigure({
  caption,
  timeline,
  table,
}: {
  caption: ReactNode;
  timeline: ComponentProps<typeof LaneTimeline>;
  table: ComponentProps<typeof DataTable>;
}) {
  return (
    <figure className="mt-4">
      <figcaption className="text-xs text-zinc-600 dark:text-zinc-400">{caption}</figcaption>
      <div className="mt-1">
        <LaneTimeline {...timeline} />
      </div>
      <DataTable {...table} />
    </figure>
  );
}
