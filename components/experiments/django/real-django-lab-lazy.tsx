'use client';

import dynamic from 'next/dynamic';
import type { ComponentProps } from 'react';
import { LabBoundary } from '../lab-boundary';
import { LabLoading } from '../lab-loading';

/** The real-Django lab's panel, loaded in the browser behind a placeholder of about its size. */
const Panel = dynamic(() => import('./real-django-panel').then((m) => m.RealDjangoPanel), {
  ssr: false,
  loading: () => <LabLoading height="40rem" />,
});

export function RealDjangoLabLazy(props: ComponentProps<typeof Panel>) {
  return (
    <LabBoundary lab="django-real">
      <Panel {...props} />
    </LabBoundary>
  );
}
