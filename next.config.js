// @ts-check
import path from 'node:path';
import createMDX from '@next/mdx';
import { CODE_THEMES } from './lib/content/code-themes.mjs';
import { securityHeaders } from './lib/security/headers.mjs';

// Turbopack runs MDX plugins in a worker pool, so they are named by module path
// (plain strings survive serialisation; imported functions do not).
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', path.join(import.meta.dirname, 'lib/mdx/remark-section.mjs')],
    rehypePlugins: [['rehype-pretty-code', { theme: CODE_THEMES, keepBackground: false }]],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  pageExtensions: ['ts', 'tsx', 'mdx'],
  // Worker pools load their entry files from disk at run time; bundling piscina breaks that.
  serverExternalPackages: ['piscina', 'undici'],
  poweredByHeader: false,
  // The site has no images to optimise, and the optimiser would fetch any local path it is
  // given (an API route, once per request) on the server's behalf.
  images: { unoptimized: true },
  // The essay's Django URLs end in '/', and its HTTP client does not follow redirects:
  // answer /sync/api/ and /sync/api alike instead of redirecting one to the other.
  skipTrailingSlashRedirect: true,
  reactStrictMode: true,
  // `npm test` type-checks the whole project (`npm run typecheck`) before it builds.
  typescript: { ignoreBuildErrors: true },
  // Pages get their headers (with the page's script hashes) from proxy.ts; endpoints get the
  // same policy here, without inline scripts at all.
  async headers() {
    const headers = securityHeaders({
      scriptHashes: [],
      dev: false,
      frameAncestors: process.env.LAB_FRAME_ANCESTORS ?? '',
    });
    const list = Object.entries(headers).map(([key, value]) => ({ key, value }));
    return ['/api/:path*', '/sync/:path*', '/async/:path*'].map((source) => ({
      source,
      headers: list,
    }));
  },
};

export default withMDX(nextConfig);
