import { Suspense } from 'react';
import { FetchExperimentPanel } from './fetch-experiment-panel';

/**
 * The I/O experiment as used in MDX. The panel reads its settings from the URL, so it renders
 * in the browser; the fallback keeps its space while it loads.
 */
export function FetchExperiment() {
  return (
    <Suspense fallback={<div className="my-8 h-[34rem] rounded-xl border border-zinc-200 dark:border-zinc-800" aria-hidden="true" />}>
      <FetchExperimentPanel />
    </Suspense>
  );
}
