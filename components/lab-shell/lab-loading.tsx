'use client';

/** What a chart shows while recharts loads: a box of the chart's exact height (no layout shift). */
export function ChartLoading({ height }: { height: number }) {
  return (
    <div
      style={{ height }}
      className="motion-safe:animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800/60"
    />
  );
}
