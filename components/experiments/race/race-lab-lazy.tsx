'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/**
 * The race lab's panel, loaded only on the page that shows it, after the text, behind a
 * placeholder of about its size (it renders in the browser: its settings live in the URL).
 */
const Panel = dynamic(() => import('./race-lab-panel').then((m) => m.RaceLabPanel), {
  ssr: false,
  loading: () => <LabLoading height="40rem" />,
});

export function RaceLabLazy(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="race">
      <Panel {...props} />
    </LabBoundary>
  );
}
