// The scale lab's controls as the browser holds them, its presets, and the API query they make.
// No zod here: the browser imports this file, and the server is the validator.
import type { ScaleEngine, ScaleKind } from './contract';

/** The knobs of one scale run, as strings (they live in the page URL): the server says what is wrong. */
export type ScaleSettings = Record<'kind' | 'engine' | 'count', string>;

export const SCALE_DEFAULT_SETTINGS: Readonly<ScaleSettings> = {
  kind: 'tasks',
  engine: 'cpython',
  count: '10000',
};

/** One-click sizes per kind and engine: enough to see the trend, all within the server's caps. */
export const SCALE_PRESETS: Record<ScaleKind, Record<ScaleEngine, readonly number[]>> = {
  tasks: { node: [1_000, 10_000, 100_000], cpython: [1_000, 10_000, 100_000] },
  threads: { node: [1, 16, 64], cpython: [100, 1_000, 10_000] },
};

/** What one unit is called, per kind and engine: a Node "thread" is a worker with its own V8 isolate. */
export const SCALE_UNIT_NAMES: Record<
  ScaleKind,
  Record<ScaleEngine, { one: string; many: string; series: string }>
> = {
  tasks: {
    node: { one: 'async function', many: 'async functions', series: 'Node async functions' },
    cpython: { one: 'asyncio task', many: 'asyncio tasks', series: 'asyncio tasks (CPython)' },
  },
  threads: {
    node: { one: 'worker thread', many: 'worker threads', series: 'Node worker threads' },
    cpython: { one: 'thread', many: 'threads', series: 'threading.Thread (CPython)' },
  },
};

/**
 * The API query (`/api/experiments/scale?…`) for one run of `count` units (a run's variant:
 * "run all sizes" is one settings object and several counts).
 */
export function scaleQueryString(count: string, settings: Readonly<ScaleSettings>): string {
  return new URLSearchParams({
    kind: settings.kind,
    count: count.trim(),
    engine: settings.engine,
  }).toString();
}
