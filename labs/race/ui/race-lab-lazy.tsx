'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * The race lab's panel, loaded when the reader comes near it (it renders in the browser: its
 * settings live in the URL); until then the page holds a placeholder of its size.
 */
export const RaceLabLazy = wakeNear(
  () => import('./race-lab-panel').then((m) => m.RaceLabPanel),
  {
    lab: 'race',
    title: 'Move money between accounts from several workers at once',
    question:
      'Every transfer keeps the total, so the bank should end with exactly the money it started with. From threads, and from async tasks: does it?',
    height: 'h-[151rem] sm:h-[85.5rem] xl:h-[86.5rem]',
  },
  'from-server',
);
