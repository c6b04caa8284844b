import type { TimeBarRow } from '@/components/charts/time-bar-chart';

// Kept apart from totals-chart.tsx so that importing the size does not pull recharts into the
// page's first-load bundle (the chart itself is loaded lazily).
export const TOTALS_CHART_HEIGHT = 180;

export interface TotalsRow extends TimeBarRow {
  /** What the strategy would take with zero overhead. */
  ideal: number;
}
