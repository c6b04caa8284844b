import 'server-only';
import { ApiError } from './errors';

/**
 * A bound on how many requests of one kind a server handles at once, for endpoints that are
 * not experiment runs (they need no queue: each answers within seconds). Beyond it, a 429 with
 * Retry-After. One instance per server process (kept on globalThis, as the bundles may hold
 * several copies of this module).
 */
export class Cap {
  private active = 0;

  constructor(
    private readonly max: number,
    private readonly busyMessage: string,
    private readonly retryAfterS = 2,
  ) {}

  /** Runs `work` inside the bound, or refuses at once when it is full. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.max) {
      throw new ApiError(429, this.busyMessage, [], { 'Retry-After': String(this.retryAfterS) });
    }
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
    }
  }

  get inUse(): number {
    return this.active;
  }
}

const holder = globalThis as typeof globalThis & { __concurrencyLabCaps?: Map<string, Cap> };

/** The server's one cap called `name` (made on first use with these limits). */
export function sharedCap(name: string, make: () => Cap): Cap {
  const caps = (holder.__concurrencyLabCaps ??= new Map());
  let cap = caps.get(name);
  if (!cap) caps.set(name, (cap = make()));
  return cap;
}
