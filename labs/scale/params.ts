import { z } from 'zod';
import { intParam } from '@/platform/http/params.mjs';
import { SCALE_ENGINES, SCALE_KINDS, type ScaleEngine, type ScaleKind } from './contract';

/** Most units one run may create, per kind and engine (documented on the page and in the README). */
export const SCALE_MAX_COUNT: Record<ScaleKind, Record<ScaleEngine, number>> = {
  tasks: { node: 100_000, cpython: 100_000 },
  // A Node worker is a whole V8 isolate, ~8 MiB each: 64 of them is already half a gigabyte.
  threads: { node: 64, cpython: 10_000 },
};

/** The count a run gets when the query names none. */
export const SCALE_DEFAULT_COUNT: Record<ScaleKind, Record<ScaleEngine, number>> = {
  tasks: { node: 10_000, cpython: 10_000 },
  threads: { node: 16, cpython: 1_000 },
};

export const SCALE_LIMITS = {
  /**
   * The child is killed after this long. The slowest allowed run, 10,000 CPython threads,
   * takes 10–20 s here: Thread.start() gets slower as threads pile up.
   */
  maxRunMs: 60_000,
  /** Each unit sleeps this long once all exist. */
  sleepMs: 500,
} as const;

export const scaleQuery = z
  .strictObject({
    kind: z.enum(SCALE_KINDS),
    count: intParam(
      1,
      Math.max(...Object.values(SCALE_MAX_COUNT).flatMap(Object.values)),
    ).optional(),
    engine: z.enum(SCALE_ENGINES).default('node'),
  })
  .superRefine((query, context) => {
    const max = SCALE_MAX_COUNT[query.kind][query.engine];
    if (query.count !== undefined && query.count > max) {
      context.addIssue({
        code: 'custom',
        path: ['count'],
        message: `must be at most ${max} for ${query.kind} on ${query.engine}`,
      });
    }
  });

export type ScaleParams = z.output<typeof scaleQuery>;

/**
 * What a run holds (admission control): one child process (its threads are capped by the
 * scale limits). It computes: starting thousands of threads keeps the cores busy, and a
 * memory reading wants no other lab's threads beside it.
 */
export function scaleCost(): { units: number; computes: true } {
  return { units: 1, computes: true };
}
