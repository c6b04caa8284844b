import type { BlockingMode } from './types';

/**
 * The files a page shows as "the code that ran" for each mode (the task, then what it calls):
 * `sourceFiles` on Node.js, `pythonFiles` on CPython (lib/blocking/python/main.py runs them).
 */
export const blockingModes: Record<
  BlockingMode,
  { sourceFiles: readonly string[]; pythonFiles: readonly string[] }
> = {
  'await-sleep': {
    sourceFiles: ['lib/blocking/await-sleep.mjs'],
    pythonFiles: ['lib/blocking/python/await_sleep.py'],
  },
  'blocking-sleep': {
    sourceFiles: ['lib/blocking/blocking-sleep.mjs', 'lib/blocking/blocking-call.mjs'],
    pythonFiles: ['lib/blocking/python/blocking_sleep.py'],
  },
  offloaded: {
    sourceFiles: [
      'lib/blocking/offloaded.mjs',
      'lib/blocking/blocking-call.mjs',
      'lib/blocking/to-thread.mjs',
    ],
    pythonFiles: ['lib/blocking/python/offloaded.py'],
  },
};
