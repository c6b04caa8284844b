import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { workerFile } from './worker-file';

const CALL = /workerFile\(([^)]*)\)/g;
const LITERAL_CALL = /^'(\w+)',\s*'([\w./-]+)'$/;

/** Every `workerFile(…)` call in the site's sources, with its arguments as written. */
function calls() {
  const files = execFileSync('git', ['ls-files', 'labs', 'platform', 'app', 'lib'], {
    encoding: 'utf8',
  })
    .split('\n')
    .filter((file) => /\.(ts|tsx|mjs)$/.test(file) && !file.endsWith('.test.ts'));
  return files.flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(CALL)]
      .map((match) => ({ file, args: match[1].trim() }))
      .filter(({ args }) => !args.startsWith('lab: ')),
  );
}

describe('workerFile', () => {
  const found = calls();

  it('is used for the labs’ worker files', () => {
    expect(found.length).toBeGreaterThan(10);
  });

  it('names its lab and file as literals, so the check below sees every path', () => {
    expect(found.filter(({ args }) => !LITERAL_CALL.test(args))).toEqual([]);
  });

  it('points at a file that exists, for every call', () => {
    const missing = found
      .map(({ file, args }) => ({ file, match: LITERAL_CALL.exec(args) }))
      .filter(({ match }) => match !== null)
      .map(({ file, match }) => ({ file, path: workerFile(match![1] as 'io', match![2]) }))
      .filter(({ path }) => !existsSync(path));
    expect(missing).toEqual([]);
  });

  it('would catch a renamed worker', () => {
    expect(existsSync(workerFile('io', 'no-such-worker.mjs'))).toBe(false);
  });
});
