'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/** The real-Django lab's panel, loaded when the reader comes near it, behind a placeholder of its size. */
export const RealDjangoLabLazy = wakeNear(
  () => import('./real-django-panel').then((m) => m.RealDjangoPanel),
  {
    lab: 'django-real',
    title: 'The essay’s project, on real Django',
    question:
      'How long will the aggregated view take on each server, in ms? Ten calls of a view that sleeps for one second.',
    height: 'h-[98rem] sm:h-[57.25rem]',
  },
  'from-server',
);
