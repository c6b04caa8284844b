import { describe, expect, it } from 'vitest';
import { labClosureOf, repoText } from '@/test/source-closure';
import { RACE_SOURCE_FILES, raceCodeKey, type RaceCodeKey } from './source-files';

// The server module that starts each configuration, and how it names its entry file.
const runners: Record<RaceCodeKey, { file: string; names: (entry: string) => string }> = {
  'node-threads': {
    file: 'labs/race/engine/node-threads.ts',
    names: (entry) => `workerFile('race', '${entry.split('/').pop()}')`,
  },
  'node-async': {
    file: 'labs/race/engine/node-async.ts',
    names: (entry) => `workerFile('race', '${entry.split('/').pop()}')`,
  },
  'cpython-threads': {
    file: 'labs/race/engine/cpython.ts',
    names: (entry) => `workerFile('race', '${entry.split('/').pop()}')`,
  },
  'cpython-async': {
    file: 'labs/race/engine/cpython.ts',
    names: (entry) => `workerFile('race', '${entry.split('/').pop()}')`,
  },
};

describe('RACE_SOURCE_FILES', () => {
  it.each(Object.entries(RACE_SOURCE_FILES))(
    '%s: the runner starts the first file, and the list is everything it loads',
    (key, files) => {
      const runner = runners[key as RaceCodeKey];
      expect(repoText(runner.file)).toContain(runner.names(files[0]));
      expect(new Set(files)).toEqual(labClosureOf(files[0], 'labs/race'));
    },
  );

  it('keys every engine × strategy', () => {
    expect(raceCodeKey('node', 'async')).toBe('node-async');
    expect(Object.keys(RACE_SOURCE_FILES).sort()).toEqual([
      'cpython-async',
      'cpython-threads',
      'node-async',
      'node-threads',
    ]);
  });
});
