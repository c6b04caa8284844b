'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/**
 * The GIL lab's panel, loaded only on the page that shows it, after the text, behind a
 * placeholder of about its size (it renders in the browser: its settings live in the URL).
 */
const Panel = dynamic(() => import('./gil-lab-panel').then((m) => m.GilLabPanel), {
  ssr: false,
  loading: () => <LabLoading height="44rem" />,
});

export function GilLabLazy(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="gil">
      <Panel {...props} />
    </LabBoundary>
  );
}
