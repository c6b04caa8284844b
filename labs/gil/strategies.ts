import type { CpuEngine, CpuStrategy } from './contract';

/** The files a page shows as "the code that ran", per engine and strategy (strategy first, then the work). */
export const cpuSourceFiles: Record<CpuEngine, Record<CpuStrategy, readonly string[]>> = {
  cpython: {
    sequential: ['labs/gil/workers/sequential.py', 'labs/gil/workers/work.py'],
    threads: ['labs/gil/workers/threads.py', 'labs/gil/workers/work.py'],
    processes: ['labs/gil/workers/processes.py', 'labs/gil/workers/work.py'],
    async: ['labs/gil/workers/async_tasks.py', 'labs/gil/workers/work.py'],
  },
  node: {
    sequential: ['labs/gil/workers/sequential.mjs', 'labs/gil/workers/work.mjs'],
    threads: [
      'labs/gil/workers/threads.mjs',
      'labs/gil/workers/model-gil.mjs',
      'labs/gil/workers/work.mjs',
    ],
    processes: ['labs/gil/workers/processes.mjs', 'labs/gil/workers/work.mjs'],
    async: ['labs/gil/workers/async.mjs', 'labs/gil/workers/work.mjs'],
  },
};
