import type { BlockingMode } from './types';

/** The files a page shows as "the code that ran" for each mode (the task, then what it calls). */
export const blockingModes: Record<BlockingMode, { sourceFiles: readonly string[] }> = {
  'await-sleep': { sourceFiles: ['lib/blocking/await-sleep.mjs'] },
  'blocking-sleep': { sourceFiles: ['lib/blocking/blocking-sleep.mjs', 'lib/blocking/blocking-call.mjs'] },
  offloaded: {
    sourceFiles: ['lib/blocking/offloaded.mjs', 'lib/blocking/blocking-call.mjs', 'lib/blocking/to-thread.mjs'],
  },
};
