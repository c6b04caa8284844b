'use client';

import dynamic from 'next/dynamic';

/**
 * The I/O experiment as used in MDX. The panel (controls, charts) is loaded only on pages that
 * show it, after the text, behind a placeholder of its size, so reading pages stay light.
 */
export const FetchExperiment = dynamic(() => import('./fetch-experiment-panel').then((m) => m.FetchExperimentPanel), {
  ssr: false,
  loading: () => (
    <div
      className="not-prose my-8 h-[44rem] animate-pulse rounded-xl border border-zinc-200 bg-zinc-50/60 motion-reduce:animate-none dark:border-zinc-800 dark:bg-zinc-900/40"
      role="status"
      aria-label="Loading the experiment"
    />
  ),
});
