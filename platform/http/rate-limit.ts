import 'server-only';
import { ApiError } from './errors';
import { clientAddress } from './client-address';
import {
  signedClientId,
  newClientCookie,
  CLIENT_COOKIE,
  CLIENT_COOKIE_MAX_AGE_S,
} from './client-id';

// Token buckets on run starts, so one browser tab (or script) clicking fast cannot take every
// slot from the rest of the class. A browser is known by an id the server issued and signed
// (the `lab_client` cookie, set on the first experiment response); a request without a valid
// one is a newcomer, and the newcomers of one address share one bucket, so a client that
// sends a fresh or forged cookie each time gains nothing. Every start also counts against its
// address, with room for a whole class behind one NAT.

export interface Rate {
  perMinute: number;
  burst: number;
}

function envRate(prefix: string, fallback: Rate): Rate {
  return {
    perMinute: Number(process.env[`${prefix}PER_MINUTE`]) || fallback.perMinute,
    burst: Number(process.env[`${prefix}BURST`]) || fallback.burst,
  };
}

/** Starts a browser may make: `burst` at once, refilled at `perMinute` (env-configurable). */
export const RATE_LIMIT = envRate('LAB_RATE_', { perMinute: 40, burst: 12 });
/** Starts from one address, all browsers together: 60 students pressing "Run all three" at once fit. */
export const ADDRESS_RATE_LIMIT = envRate('LAB_RATE_ADDRESS_', { perMinute: 600, burst: 240 });
/** Browsers without a signed id share, per address, the budget of five browsers (a class's first runs). */
const NEWCOMERS = 5;

/** Who asks for a start: a verified browser id (or none), its address, and a cookie to set. */
export interface Client {
  id: string | null;
  address: string;
  /** A new signed `lab_client` value, when the request had no valid one. */
  issue: string | null;
}

export function identifyClient(request: Request): Client {
  const id = signedClientId(request.headers.get('cookie'));
  return { id, address: clientAddress(request), issue: id ? null : newClientCookie() };
}

/** Hands a newcomer its signed id with the response (API responses are never cached). */
export function withClientCookie(response: Response, client: Client): Response {
  if (client.issue) {
    response.headers.append(
      'Set-Cookie',
      `${CLIENT_COOKIE}=${client.issue}; Path=/; Max-Age=${CLIENT_COOKIE_MAX_AGE_S}; HttpOnly; SameSite=Lax`,
    );
  }
  return response;
}

interface Bucket {
  tokens: number;
  updated: number;
}

/** Buckets by key; the least recently seen are forgotten first beyond `maxKeys`. */
export class StartLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly perClient: Rate,
    private readonly perAddress: Rate,
    private readonly maxKeys = 10_000,
  ) {}

  /** Takes one start for `client`, or refuses with 429 and when to come back (taking nothing). */
  take(client: Client, now = Date.now()): void {
    const newcomers = {
      perMinute: this.perClient.perMinute * NEWCOMERS,
      burst: this.perClient.burst * NEWCOMERS,
    };
    const asks: [string, Rate][] = [
      [`ip:${client.address}`, this.perAddress],
      client.id ? [`client:${client.id}`, this.perClient] : [`new:${client.address}`, newcomers],
    ];
    const buckets = asks.map(([key, rate]) => ({ bucket: this.refilled(key, rate, now), rate }));
    const short = buckets.find(({ bucket }) => bucket.tokens < 1);
    if (short) {
      const waitS = Math.max(1, Math.ceil(((1 - short.bucket.tokens) / short.rate.perMinute) * 60));
      throw new ApiError(
        429,
        `Too many runs started from this browser in the last minute; try again in ${waitS} s.`,
        [],
        {
          'Retry-After': String(waitS),
        },
      );
    }
    for (const { bucket } of buckets) bucket.tokens -= 1;
  }

  private refilled(key: string, rate: Rate, now: number): Bucket {
    const bucket = this.buckets.get(key) ?? { tokens: rate.burst, updated: now };
    bucket.tokens = Math.min(
      rate.burst,
      bucket.tokens + ((now - bucket.updated) / 60_000) * rate.perMinute,
    );
    bucket.updated = now;
    this.buckets.delete(key); // re-insert: Map order is least recently seen first
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value!);
    return bucket;
  }
}

const holder = globalThis as typeof globalThis & { __concurrencyLabStarts?: StartLimiter };
const starts = (holder.__concurrencyLabStarts ??= new StartLimiter(RATE_LIMIT, ADDRESS_RATE_LIMIT));

/** Takes one start from the server's limiter (see `StartLimiter.take`). */
export function takeStart(client: Client, now?: number): void {
  starts.take(client, now);
}
