import type { CpuEngine, CpuStrategy } from './types';

/** The files a page shows as "the code that ran", per engine and strategy (strategy first, then the work). */
export const cpuSourceFiles: Record<CpuEngine, Record<CpuStrategy, readonly string[]>> = {
  cpython: {
    sequential: ['lib/cpu/python/sequential.py', 'lib/cpu/python/work.py'],
    threads: ['lib/cpu/python/threads.py', 'lib/cpu/python/work.py'],
    processes: ['lib/cpu/python/processes.py', 'lib/cpu/python/work.py'],
    async: ['lib/cpu/python/async_tasks.py', 'lib/cpu/python/work.py'],
  },
  node: {
    sequential: ['lib/cpu/node/sequential.mjs', 'lib/cpu/node/work.mjs'],
    threads: ['lib/cpu/node/threads.mjs', 'lib/cpu/node/model-gil.mjs', 'lib/cpu/node/work.mjs'],
    processes: ['lib/cpu/node/processes.mjs', 'lib/cpu/node/work.mjs'],
    async: ['lib/cpu/node/async.mjs', 'lib/cpu/node/work.mjs'],
  },
};
