import type { z } from 'zod';

/** One issue of a rejected request, in a shape a client can show next to the right field. */
export interface RequestIssue {
  path: string;
  message: string;
}

// The server bundles some modules more than once (the warm-up in instrumentation.ts has its own
// copy of this file, and it creates the shared admission controller): a plain `instanceof`
// would not recognise an ApiError thrown by another copy, and a 429 would become a 500. The
// brand is a registered symbol, the same in every copy, and `instanceof` checks for it.
const API_ERROR = Symbol.for('concurrency-lab.api-error');

/** A failure the client caused (or must wait out); turned into a JSON response by `errorResponse`. */
export class ApiError extends Error {
  readonly [API_ERROR] = true;

  static [Symbol.hasInstance](value: unknown): value is ApiError {
    return (
      typeof value === 'object' &&
      value !== null &&
      (value as Record<symbol, unknown>)[API_ERROR] === true
    );
  }

  constructor(
    readonly status: number,
    message: string,
    readonly issues: RequestIssue[] = [],
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/**
 * A request for something this server does not have (an engine, a Django version): a 400 whose
 * reason shows next to `field` in the lab, saying what is missing and how to get it.
 */
export function notOnThisServer(field: string, message: string): ApiError {
  return new ApiError(400, message, [{ path: field, message }]);
}

/** Zod's issues, flattened to `{path, message}` pairs. */
export function issuesOf(error: z.ZodError): RequestIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.join('.') || '(query)',
    message: issue.message,
  }));
}

/** The JSON body every error shares: `{error, issues}`. Never a stack trace. */
export function errorResponse(error: unknown): Response {
  if (error instanceof ApiError) {
    return Response.json(
      { error: error.message, issues: error.issues },
      { status: error.status, headers: { 'Cache-Control': 'no-store', ...error.headers } },
    );
  }
  if (error instanceof Error && error.name === 'AbortError') {
    // The client went away; nobody reads this answer, and it is not a server fault.
    return Response.json({ error: 'request cancelled', issues: [] }, { status: 499 });
  }
  console.error(error);
  return Response.json(
    { error: 'internal error', issues: [] },
    { status: 500, headers: { 'Cache-Control': 'no-store' } },
  );
}
