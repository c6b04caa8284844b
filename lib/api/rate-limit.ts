import 'server-only';
import { ApiError } from './errors';

// A per-client token bucket on run starts, so one browser tab (or script) clicking fast
// cannot take every slot from the rest of the class.

/** Starts a client may make: `burst` at once, refilled at `perMinute` (env-configurable). */
export const RATE_LIMIT = {
  perMinute: Number(process.env.LAB_RATE_PER_MINUTE) || 40,
  burst: Number(process.env.LAB_RATE_BURST) || 12,
};
/** Clients remembered at once; the least recently seen are forgotten first. */
const MAX_CLIENTS = 10_000;

interface Bucket {
  tokens: number;
  updated: number;
}

const holder = globalThis as typeof globalThis & { __concurrencyLabBuckets?: Map<string, Bucket> };
const buckets = (holder.__concurrencyLabBuckets ??= new Map());

/** Takes one start from `client`'s bucket, or refuses with 429 and when to come back. */
export function takeStart(client: string, now = Date.now()): void {
  const bucket = buckets.get(client) ?? { tokens: RATE_LIMIT.burst, updated: now };
  bucket.tokens = Math.min(RATE_LIMIT.burst, bucket.tokens + ((now - bucket.updated) / 60_000) * RATE_LIMIT.perMinute);
  bucket.updated = now;
  buckets.delete(client); // re-insert: Map order is least recently seen first
  buckets.set(client, bucket);
  if (buckets.size > MAX_CLIENTS) buckets.delete(buckets.keys().next().value!);
  if (bucket.tokens < 1) {
    const waitS = Math.ceil(((1 - bucket.tokens) / RATE_LIMIT.perMinute) * 60);
    throw new ApiError(429, `too many runs started from here; try again in ${waitS} s`, [], { 'Retry-After': String(waitS) });
  }
  bucket.tokens -= 1;
}

/**
 * Who is asking: the first X-Forwarded-For address behind a trusted proxy
 * (LAB_TRUST_PROXY=1), else the per-browser id cookie the site sets, else one shared bucket.
 */
export function clientKey(request: Request): string {
  if (process.env.LAB_TRUST_PROXY === '1') {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return `ip:${forwarded}`;
  }
  const cookie = /(?:^|;\s*)lab_client=([\w-]{8,64})/.exec(request.headers.get('cookie') ?? '')?.[1];
  return cookie ? `client:${cookie}` : 'anonymous';
}
