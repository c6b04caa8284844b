// The child scripts each scale configuration really runs, for the page's "code that ran". A test
// (source-files.test.ts) checks the list against run.ts, so it cannot drift from it.
import type { ScaleEngine, ScaleKind } from './types';

/** A configuration whose code differs: the engine and the kind of unit. */
export type ScaleCodeKey = `${ScaleEngine}-${ScaleKind}`;

/** The code a run of `engine` × `kind` executes in its child process, entry script first. */
export const SCALE_SOURCE_FILES: Record<ScaleCodeKey, readonly string[]> = {
  'node-tasks': ['lib/scale/node-tasks.mjs', 'lib/scale/measure.mjs'],
  'node-threads': [
    'lib/scale/node-threads.mjs',
    'lib/scale/sleeper-thread.mjs',
    'lib/scale/measure.mjs',
  ],
  'cpython-tasks': ['lib/scale/python/tasks.py', 'lib/scale/python/measure.py'],
  'cpython-threads': ['lib/scale/python/threads.py', 'lib/scale/python/measure.py'],
};

/** The key of `SCALE_SOURCE_FILES` for a run. */
export function scaleCodeKey(engine: ScaleEngine, kind: ScaleKind): ScaleCodeKey {
  return `${engine}-${kind}`;
}
