import { z } from 'zod';
import { intParam, switchParam } from '@/lib/api/params.mjs';
import { CPU_ENGINES, CPU_STRATEGIES } from './types';

/** Bounds on what one run may ask for (documented on the page and in the README). */
export const CPU_LIMITS = {
  maxTasks: 8,
  minWorkMs: 10,
  maxWorkMs: 2_000,
  minSwitchIntervalMs: 1,
  maxSwitchIntervalMs: 100,
  /** Beyond 3× the sequential estimate, a run is killed after this much extra time… */
  graceMs: 15_000,
  /** …and never later than this after it started. */
  maxRunMs: 60_000,
} as const;

export const cpuQuery = z.strictObject({
  strategy: z.enum(CPU_STRATEGIES),
  tasks: intParam(1, CPU_LIMITS.maxTasks).default(4),
  work_ms: intParam(CPU_LIMITS.minWorkMs, CPU_LIMITS.maxWorkMs).default(300),
  /** Default: cpython when python3 is installed, else node. */
  engine: z.enum(CPU_ENGINES).optional(),
  /** Default: on for cpython (the default build has a GIL), off for node (which has none). */
  gil: switchParam().optional(),
  switch_interval_ms: intParam(CPU_LIMITS.minSwitchIntervalMs, CPU_LIMITS.maxSwitchIntervalMs).default(5),
});

export type CpuParams = z.output<typeof cpuQuery>;

/** How long a run may take, start-up included, before its threads and processes are killed. */
export function cpuTimeLimitMs(params: Pick<CpuParams, 'tasks' | 'work_ms'>): number {
  return Math.min(CPU_LIMITS.maxRunMs, CPU_LIMITS.graceMs + 3 * params.tasks * params.work_ms);
}
