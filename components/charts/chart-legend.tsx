import type { ReactNode } from 'react';

/** The key under a chart: one LegendEntry per series or mark, wrapping on a narrow screen. */
export function ChartLegend({
  margin,
  children,
}: {
  margin: 'mt-1' | 'mt-2';
  children: ReactNode;
}) {
  return (
    <ul
      className={`${margin} flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400`}
      aria-label="Legend"
    >
      {children}
    </ul>
  );
}

/** One entry of a ChartLegend: a small drawing of the mark (hidden from screen readers), then its name. */
export function LegendEntry({ swatch, children }: { swatch: ReactNode; children: ReactNode }) {
  return (
    <li className="flex items-center gap-1.5">
      {swatch}
      {children}
    </li>
  );
}

/** A line series as a legend swatch: a short stroke, dashed or not, with an optional mark on it. */
export function LineSwatch({
  color,
  width,
  dash,
  children,
}: {
  color: string;
  width: number;
  dash?: string;
  children?: ReactNode;
}) {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 10" className="h-2.5 w-5">
      <line
        x1="0"
        y1="5"
        x2="20"
        y2="5"
        stroke={color}
        strokeWidth={width}
        strokeDasharray={dash}
      />
      {children}
    </svg>
  );
}
