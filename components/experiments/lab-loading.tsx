'use client';

/** What a lab shows while its panel's code loads: a quiet box of about the panel's height. */
export function LabLoading({ height }: { height: string }) {
  return (
    <div
      className="not-prose my-8 animate-pulse rounded-xl border border-zinc-200 bg-zinc-50/60 motion-reduce:animate-none dark:border-zinc-800 dark:bg-zinc-900/40"
      style={{ height }}
      role="status"
      aria-label="Loading the experiment"
    />
  );
}

/** What a chart shows while recharts loads: a box of the chart's exact height (no layout shift). */
export function ChartLoading({ height }: { height: number }) {
  return <div style={{ height }} className="motion-safe:animate-pulse rounded-md bg-zinc-100 dark:bg-zinc-800/60" />;
}
