import 'server-only';
import os from 'node:os';
import {
  findInterpreters,
  HOW_TO_GET_FREE_THREADED,
  publicInterpreter,
} from '@/platform/process/interpreters';
import { CPU_LIMITS } from '../params';
import { CPU_ENGINES, CPU_STRATEGIES } from '../contract';
import type { CpuInfo } from '../contract';

/** Cores, interpreters (detected once, cached) and limits of the CPU lab on this server. */
export async function cpuInfo(): Promise<CpuInfo> {
  const { python, free_threaded } = await findInterpreters();
  const hasCpython = Boolean(python || free_threaded);
  return {
    cores: os.availableParallelism(),
    node: { version: process.version },
    python: publicInterpreter(python),
    free_threaded: publicInterpreter(free_threaded),
    how_to_get_free_threaded: HOW_TO_GET_FREE_THREADED,
    default_engine: hasCpython ? 'cpython' : 'node',
    engines: hasCpython ? CPU_ENGINES : ['node'],
    strategies: CPU_STRATEGIES,
    limits: CPU_LIMITS,
  };
}
