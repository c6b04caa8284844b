// Kept apart from totals-chart.tsx so that importing the size does not pull recharts into the
// page's first-load bundle (the chart itself is loaded lazily).
export const TOTALS_CHART_HEIGHT = 180;

export interface TotalsRow {
  label: string;
  color: string;
  elapsed: number;
  ideal: number;
  guess: number | null;
}
