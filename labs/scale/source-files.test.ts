import { describe, expect, it } from 'vitest';
import { labClosureOf, repoText } from '@/test/source-closure';
import { SCALE_SOURCE_FILES } from './source-files';

describe('SCALE_SOURCE_FILES', () => {
  it.each(Object.entries(SCALE_SOURCE_FILES))(
    '%s: run.ts starts the first file, and the list is everything it loads',
    (key, files) => {
      const [engine, kind] = key.split('-');
      // run.ts binds each engine × kind to its child:
      // `tasks: nodeChild(workerFile('scale', 'node-tasks.mjs'))`.
      const child = `${engine === 'node' ? 'nodeChild' : 'pythonChild'}(workerFile('scale', '${files[0].replace('labs/scale/workers/', '')}'))`;
      const block = new RegExp(`${engine}: \\{[^}]*${kind}: ${child.replace(/[().]/g, '\\$&')}`);
      expect(repoText('labs/scale/engine/run.ts')).toMatch(block);
      expect(new Set(files)).toEqual(labClosureOf(files[0], 'labs/scale'));
    },
  );
});
