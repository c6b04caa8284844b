'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * The scale lab's panel, loaded when the reader comes near it (it renders in the browser: its
 * settings live in the URL); until then the page holds a placeholder of its size.
 */
export const ScaleLabLazy = wakeNear(
  () => import('./scale-lab-panel').then((m) => m.ScaleLabPanel),
  {
    lab: 'scale',
    title: 'N idle threads against N idle tasks',
    question:
      'How much memory does one idle Python thread really take: 8 MiB, 1 MiB, or a few kilobytes? And one asyncio task?',
    height: 'h-[110.5rem] sm:h-[59rem] xl:h-[61rem]',
  },
  'from-server',
);
