import 'server-only';
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const ROOT = path.join(/* turbopackIgnore: true */ process.cwd());

/** Reads a file of this repository (for showing it on a page); refuses paths that leave it. */
export async function readRepoFile(relative: string): Promise<string> {
  const absolute = path.resolve(ROOT, relative);
  if (!absolute.startsWith(ROOT + path.sep)) throw new Error(`not a repository file: ${relative}`);
  return readFile(absolute, 'utf8');
}
