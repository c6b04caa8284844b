import type { BlockingMode } from './contract';

/**
 * The files a page shows as "the code that ran" for each mode (the task, then what it calls):
 * `sourceFiles` on Node.js, `pythonFiles` on CPython (labs/blocking/workers/main.py runs them).
 */
export const blockingModes: Record<
  BlockingMode,
  { sourceFiles: readonly string[]; pythonFiles: readonly string[] }
> = {
  'await-sleep': {
    sourceFiles: ['labs/blocking/workers/await-sleep.mjs'],
    pythonFiles: ['labs/blocking/workers/await_sleep.py'],
  },
  'blocking-sleep': {
    sourceFiles: [
      'labs/blocking/workers/blocking-sleep.mjs',
      'labs/blocking/workers/blocking-call.mjs',
    ],
    pythonFiles: ['labs/blocking/workers/blocking_sleep.py'],
  },
  offloaded: {
    sourceFiles: [
      'labs/blocking/workers/offloaded.mjs',
      'labs/blocking/workers/blocking-call.mjs',
      'labs/blocking/workers/to-thread.mjs',
    ],
    pythonFiles: ['labs/blocking/workers/offloaded.py'],
  },
};
