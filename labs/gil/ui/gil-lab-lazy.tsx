'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * The GIL lab's panel, loaded when the reader comes near it (it renders in the browser: its
 * settings live in the URL); until then the page holds a placeholder of its size.
 */
export const GilLabLazy = wakeNear(
  () => import('./gil-lab-panel').then((m) => m.GilLabPanel),
  {
    lab: 'gil',
    title: 'CPU-bound work, four ways',
    question:
      'N tasks, each some milliseconds of pure computation. How long does each strategy take in total?',
    height: 'h-[96.5rem] sm:h-[68rem] xl:h-[70.5rem]',
  },
  'from-server',
);
