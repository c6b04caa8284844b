'use client';

import { wakeNear } from '@/components/lab-shell/wake-near';

/**
 * This site's live copy of the essay's two Django views, as used in MDX (`<DjangoLiveDemo />`),
 * loaded when the reader comes near it; until then the page holds a placeholder of its size.
 */
export const DjangoLiveDemo = wakeNear(
  () => import('./django-live-demo-panel').then((m) => m.DjangoLiveDemoPanel),
  {
    lab: 'django',
    title: 'The two views, live',
    question: 'The async view calls the one-second sync view ten times. How long until it answers?',
    height: 'h-[22.1rem] sm:h-[15.5rem]',
  },
);
