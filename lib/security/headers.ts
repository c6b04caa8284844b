// Security headers for every response. Scripts are allowed only from this origin and, inline,
// by the exact hashes of the prerendered page (see scripts/csp-hashes.mjs): no third-party
// origins, no inline script without a hash. Styles allow inline because React and Next.js
// write style attributes; that cannot run code.

export interface SecurityOptions {
  /** `'sha256-…'` sources for the inline scripts of the page being served. */
  scriptHashes: readonly string[];
  /** Development mode: React Refresh needs eval and a websocket. */
  dev: boolean;
  /** Origins besides this one that may frame the site (LAB_FRAME_ANCESTORS, space-separated). */
  frameAncestors: string;
}

export function contentSecurityPolicy({ scriptHashes, dev, frameAncestors }: SecurityOptions): string {
  const directives: Record<string, string> = {
    'default-src': "'self'",
    'script-src': dev ? "'self' 'unsafe-inline' 'unsafe-eval'" : ["'self'", ...scriptHashes].join(' '),
    'style-src': "'self' 'unsafe-inline'",
    'img-src': "'self' data: blob:",
    'font-src': "'self'",
    'connect-src': dev ? "'self' ws: wss:" : "'self'",
    'worker-src': "'self' blob:",
    'object-src': "'none'",
    'base-uri': "'self'",
    'form-action': "'self'",
    'frame-ancestors': ["'self'", frameAncestors].filter(Boolean).join(' '),
  };
  return Object.entries(directives)
    .map(([name, value]) => `${name} ${value}`)
    .join('; ');
}

export function securityHeaders(options: SecurityOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Fullscreen stays allowed for this origin: presentation mode's `f` key uses it.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), payment=(), fullscreen=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.frameAncestors ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}
