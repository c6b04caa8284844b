import { NextResponse, type NextRequest } from 'next/server';
import { securityHeaders } from '@/lib/security/headers.mjs';
import { scriptHashesFor } from '@/lib/security/script-hashes';

const dev = process.env.NODE_ENV !== 'production';
const frameAncestors = process.env.LAB_FRAME_ANCESTORS ?? '';

/** A class's join address, /join/<code>: one static page serves every code. */
const JOIN_PATH = /^\/join\/[A-Za-z0-9]{1,12}\/?$/;

/** False for a path with a malformed percent-escape (`/present/%ff`), which no route can have. */
function decodable(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs before every page and static file: a 404 for a path that cannot be decoded, the
 * `Range` header dropped (HTTP lets a server ignore it, and the framework answers a malformed
 * or unsatisfiable one with a 500; nothing here is large enough to fetch in parts), and
 * security headers (a CSP allowing exactly this page's inline scripts).
 */
export function proxy(request: NextRequest) {
  if (!decodable(request.nextUrl.pathname)) {
    return new NextResponse('Not found', {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8' },
    });
  }
  let response: NextResponse;
  if (request.headers.has('range')) {
    const headers = new Headers(request.headers);
    headers.delete('range');
    response = NextResponse.next({ request: { headers } });
  } else if (JOIN_PATH.test(request.nextUrl.pathname)) {
    response = NextResponse.rewrite(new URL('/join', request.url));
  } else response = NextResponse.next();
  if (request.nextUrl.pathname.startsWith('/_next/')) return response;
  const page = JOIN_PATH.test(request.nextUrl.pathname) ? '/join' : request.nextUrl.pathname;
  const headers = securityHeaders({ scriptHashes: scriptHashesFor(page), dev, frameAncestors });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  return response;
}

export const config = {
  // API routes (and the live Django views) get their security headers from next.config.js
  // instead: running the proxy costs every request milliseconds of the event loop that the
  // experiments are measured on.
  matcher: ['/((?!_next/image|api/|sync/|async/).*)'],
};
