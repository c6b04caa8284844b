import type { ScaleSeriesKey } from '@/labs/scale/chart-data';

/** How each engine × kind is drawn: threads blue, tasks green; Node dashed with square or diamond marks. A Node worker gets the processes colour: it is a whole isolate. */
export const scaleSeriesMeta: Record<
  ScaleSeriesKey,
  { color: string; shape: 'circle' | 'square' | 'diamond'; dashed: boolean }
> = {
  'cpython-threads': { color: 'var(--color-threads)', shape: 'circle', dashed: false },
  'cpython-tasks': { color: 'var(--color-async)', shape: 'circle', dashed: false },
  'node-threads': { color: 'var(--color-processes)', shape: 'square', dashed: true },
  'node-tasks': { color: 'var(--color-async)', shape: 'diamond', dashed: true },
};
