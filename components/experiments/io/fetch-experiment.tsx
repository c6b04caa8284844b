'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/**
 * The I/O experiment as used in MDX. The panel (controls, charts) is loaded only on pages that
 * show it, after the text, behind a placeholder of its size, so reading pages stay light.
 */
const Panel = dynamic(() => import('./fetch-experiment-panel').then((m) => m.FetchExperimentPanel), {
  ssr: false,
  loading: () => <LabLoading height="44rem" />,
});

export function FetchExperiment(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="io">
      <Panel {...props} />
    </LabBoundary>
  );
}
