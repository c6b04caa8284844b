import { z } from 'zod';
import { intParam, switchParam } from '@/platform/http/params.mjs';
import { CPU_DEFAULTS, CPU_LIMITS } from './limits';
import { CPU_ENGINES, CPU_STRATEGIES } from './contract';

export { CPU_LIMITS, CPU_DEFAULTS };

export const cpuQuery = z.strictObject({
  strategy: z.enum(CPU_STRATEGIES),
  tasks: intParam(1, CPU_LIMITS.maxTasks).default(CPU_DEFAULTS.tasks),
  work_ms: intParam(CPU_LIMITS.minWorkMs, CPU_LIMITS.maxWorkMs).default(CPU_DEFAULTS.work_ms),
  /** Default: cpython when python3 is installed, else node. */
  engine: z.enum(CPU_ENGINES).optional(),
  /** Default: on for cpython (the default build has a GIL), off for node (which has none). */
  gil: switchParam().optional(),
  switch_interval_ms: intParam(
    CPU_LIMITS.minSwitchIntervalMs,
    CPU_LIMITS.maxSwitchIntervalMs,
  ).default(CPU_DEFAULTS.switch_interval_ms),
});

export type CpuParams = z.output<typeof cpuQuery>;

/** How long a run may take, start-up included, before its threads and processes are killed. */
export function cpuTimeLimitMs(params: Pick<CpuParams, 'tasks' | 'work_ms'>): number {
  return Math.min(CPU_LIMITS.maxRunMs, CPU_LIMITS.graceMs + 3 * params.tasks * params.work_ms);
}

/** What a run holds (admission control): one thread or process per task, all computing. */
export function cpuCost(params: CpuParams): { units: number; computes: true } {
  return { units: params.tasks, computes: true };
}
