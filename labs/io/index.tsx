'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * The I/O experiment as used in MDX. The panel (controls, charts) is loaded when the reader
 * comes near it; until then the page holds a placeholder of its size, so reading pages stay light.
 */
export const FetchExperiment = wakeNear(
  () => import('./ui/fetch-experiment-panel').then((m) => m.FetchExperimentPanel),
  {
    lab: 'io',
    title: 'Fetch N URLs three ways',
    question:
      'One after another, on a thread pool, or with async: how long will each strategy take in total?',
    height: 'h-[80rem] sm:h-[52rem] xl:h-[48rem]',
  },
);
