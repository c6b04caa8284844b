import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, securityHeaders } from './headers.mjs';

describe('security headers', () => {
  it('allows inline scripts only by hash in production, and no other origins', () => {
    const csp = contentSecurityPolicy({
      scriptHashes: ["'sha256-abc='"],
      dev: false,
      frameAncestors: '',
    });
    expect(csp).toContain("script-src 'self' 'sha256-abc='");
    expect(csp).not.toMatch(/unsafe-inline'[^;]*;.*script-src|script-src[^;]*unsafe/);
    expect(csp).toContain("frame-ancestors 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/https?:/);
  });

  it('lets configured origins frame the site, and then drops X-Frame-Options', () => {
    const headers = securityHeaders({
      scriptHashes: [],
      dev: false,
      frameAncestors: 'https://lms.example.edu',
    });
    expect(headers['Content-Security-Policy']).toContain(
      "frame-ancestors 'self' https://lms.example.edu",
    );
    expect(headers['X-Frame-Options']).toBeUndefined();
    expect(
      securityHeaders({ scriptHashes: [], dev: false, frameAncestors: '' })['X-Frame-Options'],
    ).toBe('SAMEORIGIN');
  });
});
