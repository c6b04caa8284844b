import type { z } from 'zod';
import { ApiError, issuesOf } from './errors';

// Query strings are parsed strictly: a number must be written as plain digits (no "1e3",
// no "0x10", no spaces), a parameter may appear once, and unknown names are rejected, so a
// typo never silently falls back to a default.

export { intParam, rateParam, switchParam, seedParam } from './params.mjs';

type QuerySchema = z.ZodObject<Record<string, z.ZodType>>;

/** The header that carries a request's query string as it arrived (platform/http/request-stamps.ts). */
export const RAW_QUERY_HEADER = 'x-lab-query';

/** The request's URL with its query as the client sent it, where the server stamped it. */
export function urlOf(request: Request): URL {
  const url = new URL(request.url);
  const raw = request.headers.get(RAW_QUERY_HEADER);
  if (raw !== null) url.search = raw;
  return url;
}

/**
 * Parses a URL's query with a strict schema (`z.strictObject`, so unknown names fail) whose
 * fields take the raw strings. Empty values count as
 * absent (so `limit=` means "no limit"), repeats and unknown names are 400s.
 */
export function parseQuery<S extends QuerySchema>(url: URL, schema: S): z.output<S> {
  // No prototype: `__proto__` and `constructor` are names like any other (unknown → 400).
  const raw: Record<string, string> = Object.create(null);
  const seen = new Set<string>();
  const repeated = new Set<string>();
  for (const [key, value] of url.searchParams) {
    if (seen.has(key)) repeated.add(key);
    seen.add(key);
    if (value !== '') raw[key] = value;
  }
  if (repeated.size > 0) {
    throw new ApiError(
      400,
      'invalid query',
      [...repeated].map((path) => ({ path, message: 'must appear at most once' })),
    );
  }
  const result = schema.safeParse(raw);
  if (!result.success) throw new ApiError(400, 'invalid query', issuesOf(result.error));
  return result.data;
}
