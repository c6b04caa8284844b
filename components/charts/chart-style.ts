import { formatMs } from '@/lib/format';

// Props every recharts chart of the labs shares, so the charts look like one family and follow
// the theme through the same CSS variables.

/** The tooltip box: the page's background, the grid's colour for its border. */
export const TOOLTIP_STYLE = {
  background: 'var(--page-bg)',
  border: '1px solid var(--chart-grid)',
  borderRadius: 6,
  fontSize: 12,
} as const;

/** The time axis of a horizontal bar chart (milliseconds, formatted as the rest of the site). */
export const MS_AXIS = {
  type: 'number',
  tickFormatter: (v: number) => formatMs(v),
  stroke: 'var(--chart-text)',
  fontSize: 11,
} as const;

/** The category axis (one bar group per strategy) of a horizontal bar chart. */
export const LABEL_AXIS = {
  type: 'category',
  dataKey: 'label',
  stroke: 'var(--chart-text)',
  fontSize: 12,
} as const;

/** The hover band behind a bar group. */
export const BAR_CURSOR = { fill: 'var(--chart-grid)', opacity: 0.3 } as const;
