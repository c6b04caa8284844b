import 'server-only';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { sourceFilesOf } from './reader-documents.mjs';

const CONTENT = path.join(/* turbopackIgnore: true */ process.cwd(), 'content');

/** The name a reading page's listing of `file` is served under: its path, slashes made dashes. */
export const listingName = (file: string): string => file.replace(/[^\w.-]/g, '-');

let listings: ReadonlyMap<string, string> | undefined;

/**
 * Every file that a section's MDX shows in a <SourceFile>, by listing name: the fixed list that
 * /api/listings/<name> serves (it takes a name from here, never a path).
 */
export function pageListings(): ReadonlyMap<string, string> {
  if (listings) return listings;
  const found = new Map<string, string>();
  for (const mdx of readdirSync(CONTENT).filter((f) => f.endsWith('.mdx'))) {
    for (const file of sourceFilesOf(readFileSync(path.join(CONTENT, mdx), 'utf8'))) {
      const name = listingName(file);
      const earlier = found.get(name);
      if (earlier !== undefined && earlier !== file)
        throw new Error(`Two listings are named ${name}: ${earlier} and ${file}`);
      found.set(name, file);
    }
  }
  listings = found;
  return found;
}
