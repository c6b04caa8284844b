import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/lib/security/headers.mjs';
import { scriptHashesFor } from '@/lib/security/script-hashes';

const dev = process.env.NODE_ENV !== 'production';
const frameAncestors = process.env.LAB_FRAME_ANCESTORS ?? '';

/**
 * Runs before every page and API request: security headers (a CSP allowing exactly this page's
 * inline scripts), and a random per-browser id cookie that the per-client rate limit keys on.
 */
export function proxy(request: NextRequest) {
  const response = NextResponse.next();
  const headers = securityHeaders({ scriptHashes: scriptHashesFor(request.nextUrl.pathname), dev, frameAncestors });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  if (!request.cookies.has('lab_client')) {
    response.cookies.set('lab_client', crypto.randomUUID(), { httpOnly: true, sameSite: 'lax', path: '/', maxAge: 60 * 60 * 24 * 365 });
  }
  return response;
}

export const config = {
  // Static assets need neither. API routes (and the live Django views) get the same headers
  // from next.config.js instead: running the proxy costs every request milliseconds of the
  // event loop that the experiments are measured on, and their browsers have the cookie from
  // the page already.
  matcher: ['/((?!_next/static|_next/image|api/|sync/|async/).*)'],
};
