// The framework's floor: bench/bare-next, a bare Next.js app (one Link, forty paragraphs, no
// client components) built with this project's next and react. `npm run lighthouse` measures it
// next to the site and `npm run budgets` weighs its first-load JavaScript; it is built again
// whenever the installed next changes.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const bareDir = path.join('bench', 'bare-next');

/** Builds the bare app unless a build with the installed next is there; returns next's version. */
export function buildBareNext() {
  const nextVersion = JSON.parse(readFileSync('node_modules/next/package.json', 'utf8')).version;
  const stamp = path.join(bareDir, '.next', 'built-with-next');
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== nextVersion) {
    console.log(`Building the bare Next.js ${nextVersion} page in ${bareDir}…`);
    execFileSync(process.execPath, ['node_modules/next/dist/bin/next', 'build', bareDir], {
      stdio: ['ignore', 'ignore', 'inherit'],
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
    });
    writeFileSync(stamp, nextVersion);
  }
  return nextVersion;
}
