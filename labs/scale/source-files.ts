// The child scripts each scale configuration really runs, for the page's "code that ran". A test
// (source-files.test.ts) checks the list against run.ts, so it cannot drift from it.
import type { ScaleEngine, ScaleKind } from './contract';

/** A configuration whose code differs: the engine and the kind of unit. */
export type ScaleCodeKey = `${ScaleEngine}-${ScaleKind}`;

/** The code a run of `engine` × `kind` executes in its child process, entry script first. */
export const SCALE_SOURCE_FILES: Record<ScaleCodeKey, readonly string[]> = {
  'node-tasks': ['labs/scale/workers/node-tasks.mjs', 'labs/scale/workers/measure.mjs'],
  'node-threads': [
    'labs/scale/workers/node-threads.mjs',
    'labs/scale/workers/sleeper-thread.mjs',
    'labs/scale/workers/measure.mjs',
  ],
  'cpython-tasks': ['labs/scale/workers/tasks.py', 'labs/scale/workers/measure.py'],
  'cpython-threads': ['labs/scale/workers/threads.py', 'labs/scale/workers/measure.py'],
};

/** The key of `SCALE_SOURCE_FILES` for a run. */
export function scaleCodeKey(engine: ScaleEngine, kind: ScaleKind): ScaleCodeKey {
  return `${engine}-${kind}`;
}
