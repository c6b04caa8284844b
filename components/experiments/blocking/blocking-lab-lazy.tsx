'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/**
 * The blocking lab's panel, loaded only on the page that shows it, after the text, behind a
 * placeholder of about its size (it renders in the browser: its settings live in the URL).
 */
const Panel = dynamic(() => import('./blocking-lab-panel').then((m) => m.BlockingLabPanel), {
  ssr: false,
  loading: () => <LabLoading height="40rem" />,
});

export function BlockingLabLazy(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="blocking">
      <Panel {...props} />
    </LabBoundary>
  );
}
