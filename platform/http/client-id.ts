import 'server-only';
import { createHmac, randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';

// The per-browser id of the start limit is issued and signed by the server: `<id>.<mac>`. A
// value the server did not sign (made up, altered, or signed before a restart without
// LAB_SECRET) is no id at all, and its request counts as a newcomer's.

export const CLIENT_COOKIE = 'lab_client';
export const CLIENT_COOKIE_MAX_AGE_S = 60 * 60 * 24 * 365;

const holder = globalThis as typeof globalThis & { __concurrencyLabSecret?: Buffer };

/** LAB_SECRET when set (several servers that share clients must share it), else one per process. */
function secret(): Buffer {
  const configured = process.env.LAB_SECRET;
  if (configured && configured.length >= 16) return Buffer.from(configured);
  return (holder.__concurrencyLabSecret ??= randomBytes(32));
}

function mac(id: string): string {
  return createHmac('sha256', secret()).update(id).digest('base64url').slice(0, 22);
}

/** A fresh signed value for the `lab_client` cookie. */
export function newClientCookie(): string {
  const id = randomUUID();
  return `${id}.${mac(id)}`;
}

/** The id in a `Cookie` header's `lab_client`, if the server signed it; else null. */
export function signedClientId(cookieHeader: string | null): string | null {
  const value = new RegExp(`(?:^|;\\s*)${CLIENT_COOKIE}=([\\w-]{36})\\.([\\w-]{22})(?:;|$)`).exec(
    cookieHeader ?? '',
  );
  if (!value) return null;
  const [, id, given] = value;
  const expected = Buffer.from(mac(id));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected) ? id : null;
}
