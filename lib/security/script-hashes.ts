import { readFileSync } from 'node:fs';
import path from 'node:path';

interface HashManifest {
  routes: Record<string, string[]>;
  fallback: string[];
}

let manifest: HashManifest | null | undefined;

function load(): HashManifest | null {
  try {
    const file = path.join(/* turbopackIgnore: true */ process.cwd(), '.next', 'csp-hashes.json');
    return JSON.parse(readFileSync(file, 'utf8')) as HashManifest;
  } catch {
    // Not built with `npm run build` (e.g. `next dev`): no hashes; dev mode allows inline.
    return null;
  }
}

/** The hashes of the inline scripts of the prerendered page at `pathname` (404 page if none). */
export function scriptHashesFor(pathname: string): string[] {
  manifest ??= load();
  if (!manifest) return [];
  const route = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return manifest.routes[route] ?? manifest.fallback;
}
