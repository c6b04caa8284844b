'use client';

import type { ComponentProps, ReactNode } from 'react';
import { LaneTimeline } from '@/components/charts/lane-timeline';
import { DataTable } from './data-table';

/**
 * A run's lanes on the time axis the variants share, what the lab says about them (captions,
 * verdict: `children`), then the data behind the bars as a table, once there is any.
 */
export function RunLanes({
  table,
  spacing = 'mt-2',
  children,
  ...timeline
}: ComponentProps<typeof LaneTimeline> & {
  table: ComponentProps<typeof DataTable> | null;
  spacing?: string;
  children?: ReactNode;
}) {
  return (
    <>
      <div className={spacing}>
        <LaneTimeline {...timeline} />
      </div>
      {children}
      {table ? <DataTable {...table} /> : null}
    </>
  );
}
