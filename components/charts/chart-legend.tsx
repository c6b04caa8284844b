import type { ReactNode } from 'react';

/** The line of legend entries under a chart; `prediction`: the reader's guesses are drawn too. */
export function ChartLegend({
  label = 'Legend',
  prediction = false,
  margin = 'mt-1',
  children,
}: {
  label?: string;
  prediction?: boolean;
  margin?: 'mt-1' | 'mt-2';
  children: ReactNode;
}) {
  return (
    <ul
      className={`${margin} flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400`}
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
