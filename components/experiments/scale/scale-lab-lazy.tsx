'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/**
 * The scale lab's panel, loaded only on the page that shows it, after the text, behind a
 * placeholder of about its size (it renders in the browser: its settings live in the URL).
 */
const Panel = dynamic(() => import('./scale-lab-panel').then((m) => m.ScaleLabPanel), {
  ssr: false,
  loading: () => <LabLoading height="40rem" />,
});

export function ScaleLabLazy(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="scale">
      <Panel {...props} />
    </LabBoundary>
  );
}
