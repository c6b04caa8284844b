import 'server-only';
import os from 'node:os';
import { findInterpreters, HOW_TO_GET_FREE_THREADED, type PythonInterpreter } from './interpreters';
import { CPU_LIMITS } from './params';
import { CPU_ENGINES, CPU_STRATEGIES, type CpuEngine } from './types';

/** What the CPU lab can run on this server: the answer of GET /api/experiments/cpu/info. */
export interface CpuInfo {
  cores: number;
  node: { version: string };
  python: PythonInterpreter | null;
  free_threaded: PythonInterpreter | null;
  how_to_get_free_threaded: string;
  default_engine: CpuEngine;
  engines: readonly CpuEngine[];
  strategies: typeof CPU_STRATEGIES;
  limits: typeof CPU_LIMITS;
}

/** Cores, interpreters (detected once, cached) and limits of the CPU lab on this server. */
export async function cpuInfo(): Promise<CpuInfo> {
  const { python, free_threaded } = await findInterpreters();
  const hasCpython = Boolean(python || free_threaded);
  return {
    cores: os.availableParallelism(),
    node: { version: process.version },
    python,
    free_threaded,
    how_to_get_free_threaded: HOW_TO_GET_FREE_THREADED,
    default_engine: hasCpython ? 'cpython' : 'node',
    engines: hasCpython ? CPU_ENGINES : ['node'],
    strategies: CPU_STRATEGIES,
    limits: CPU_LIMITS,
  };
}
