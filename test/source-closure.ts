// For the "code that ran" registries' tests: which files of the same lab a source file loads,
// so a test can check that a registry lists every file its entry point pulls in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.join(__dirname, '..');

/** Repository paths of the files `file` imports or starts from inside `labDir` (JS: import and new URL; Python: sibling modules). */
export function labFilesLoadedBy(file: string, labDir: string): string[] {
  const source = readFileSync(path.join(ROOT, file), 'utf8');
  const dir = path.dirname(file);
  const specifiers = file.endsWith('.py')
    ? [...source.matchAll(/^(?:from\s+(\w+)\s+import|import\s+(\w+))/gm)].map(
        (m) => `./${m[1] ?? m[2]}.py`,
      )
    : [...source.matchAll(/(?:from\s+|new URL\(\s*)'(\.{1,2}\/[^']+)'/g)].map((m) => m[1]);
  return specifiers
    .map((specifier) => path.posix.join(dir, specifier))
    .filter((loaded) => loaded.startsWith(`${labDir}/`) && existsSync(path.join(ROOT, loaded)));
}

/** Every lab file `entry` loads, directly or through other lab files, `entry` included. */
export function labClosureOf(entry: string, labDir: string): Set<string> {
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const loaded of labFilesLoadedBy(file, labDir)) visit(loaded);
  };
  visit(entry);
  return seen;
}

/** The text of a repository file. */
export function repoText(file: string): string {
  return readFileSync(path.join(ROOT, file), 'utf8');
}
