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

/**
 * True when the build offers `relative` as a download (scripts/reader-files.mjs copies the .py
 * listings of the MDX pages to public/downloads/): a listing that a lab shows is offered only
 * if the same file is there, so no Download link leads to a 404 or to a namesake.
 */
export async function offeredAsDownload(relative: string, source: string): Promise<boolean> {
  try {
    return (
      (await readFile(path.join(ROOT, 'public/downloads', path.basename(relative)), 'utf8')) ===
      source
    );
  } catch {
    return false;
  }
}
