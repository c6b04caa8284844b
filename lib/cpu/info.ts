import 'server-only';
import os from 'node:os';
import { findInterpreters, HOW_TO_GET_FREE_THREADED, type PythonInterpreter } from './interpreters';
import { CPU_LIMITS } from './params';
import { CPU_ENGINES, CPU_STRATEGIES, type CpuEngine } from './types';

/** An interpreter as the browser sees it: its name and version, not where it lives on the server. */
export type PublicInterpreter = Omit<PythonInterpreter, 'path'>;

const described = (interpreter: PythonInterpreter | null): PublicInterpreter | null =>
  interpreter && { command: interpreter.command, version: interpreter.version, free_threaded: interpreter.free_threaded };

/** What the CPU lab can run on this server: the answer of GET /api/experiments/cpu/info. */
export interface CpuInfo {
  cores: number;
  node: { version: string };
  python: PublicInterpreter | null;
  free_threaded: PublicInterpreter | null;
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
    python: described(python),
    free_threaded: described(free_threaded),
    how_to_get_free_threaded: HOW_TO_GET_FREE_THREADED,
    default_engine: hasCpython ? 'cpython' : 'node',
    engines: hasCpython ? CPU_ENGINES : ['node'],
    strategies: CPU_STRATEGIES,
    limits: CPU_LIMITS,
  };
}
