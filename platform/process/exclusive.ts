import 'server-only';
import { ApiError } from '@/platform/http/errors';

// Names of the experiments running right now. On globalThis so that dev-mode module reloads
// share one registry with the code that is still running.
const holder = globalThis as typeof globalThis & { __concurrencyLabExclusive?: Set<string> };
const running = (holder.__concurrencyLabExclusive ??= new Set());

/**
 * Claims the one slot server-wide for `name` runs (a second concurrent run would distort both
 * measurements), or refuses with 429 and `Retry-After`. Returns the release function.
 */
export function claimExclusive(name: string, retryAfterSeconds: number): () => void {
  if (running.has(name)) {
    throw new ApiError(429, `another ${name} run is in progress; try again in a few seconds`, [], {
      'Retry-After': String(retryAfterSeconds),
    });
  }
  running.add(name);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    running.delete(name);
  };
}
