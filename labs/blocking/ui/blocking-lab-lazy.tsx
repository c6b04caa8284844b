'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * The blocking lab's panel, loaded when the reader comes near it (it renders in the browser:
 * its settings live in the URL); until then the page holds a placeholder of its size.
 */
export const BlockingLabLazy = wakeNear(
  () => import('./blocking-lab-panel').then((m) => m.BlockingLabPanel),
  {
    lab: 'blocking',
    title: 'One blocking call among async tasks',
    question:
      'Task 0 waits like the others, then blocks a while more. When are the other tasks done, in each mode?',
    height: 'h-[71.5rem] sm:h-[51.5rem]',
  },
  'from-server',
);
