'use client';

import dynamic from 'next/dynamic';
import type { ComponentType } from 'react';
import { ChartLoading } from './lab-loading';

/**
 * A chart module loaded only when there is something to draw (so recharts stays out of the
 * page's first load), shown meanwhile as a box of the chart's height (no layout shift).
 */
export function lazyChart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  height: number,
) {
  return dynamic(load, { ssr: false, loading: () => <ChartLoading height={height} /> });
}
