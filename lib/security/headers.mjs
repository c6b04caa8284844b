// @ts-check
// Security headers for every response. Scripts are allowed only from this origin and, inline,
// by the exact hashes of the prerendered page (see scripts/csp-hashes.mjs): no third-party
// origins, no inline script without a hash. Styles allow inline because React and Next.js
// write style attributes; that cannot run code.

// Plain JavaScript: next.config.js (for API routes, which skip proxy.ts) and proxy.ts (for
// pages, with their script hashes) both use it.

/**
 * @typedef {object} SecurityOptions
 * @property {readonly string[]} scriptHashes `'sha256-…'` sources for the inline scripts of the page served
 * @property {boolean} dev development mode: React Refresh needs eval and a websocket
 * @property {string} frameAncestors origins besides this one that may frame the site (LAB_FRAME_ANCESTORS)
 */

/** @param {SecurityOptions} options */
export function contentSecurityPolicy({ scriptHashes, dev, frameAncestors }) {
  /** @type {Record<string, string>} */
  const directives = {
    'default-src': "'self'",
    'script-src': dev
      ? "'self' 'unsafe-inline' 'unsafe-eval'"
      : ["'self'", ...scriptHashes].join(' '),
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

/**
 * @param {SecurityOptions} options
 * @returns {Record<string, string>}
 */
export function securityHeaders(options) {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // Fullscreen stays allowed for this origin: presentation mode's `f` key uses it.
    'Permissions-Policy':
      'camera=(), microphone=(), geolocation=(), usb=(), payment=(), fullscreen=(self)',
    'Cross-Origin-Opener-Policy': 'same-origin',
    ...(options.frameAncestors ? {} : { 'X-Frame-Options': 'SAMEORIGIN' }),
  };
}
