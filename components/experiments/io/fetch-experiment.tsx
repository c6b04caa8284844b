'use client';

import dynamic from 'next/dynamic';
import { LabLoading } from '../lab-loading';

/**
 * The I/O experiment as used in MDX. The panel (controls, charts) is loaded only on pages that
 * show it, after the text, behind a placeholder of its size, so reading pages stay light.
 */
export const FetchExperiment = dynamic(() => import('./fetch-experiment-panel').then((m) => m.FetchExperimentPanel), {
  ssr: false,
  loading: () => <LabLoading height="44rem" />,
});
