import path from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      // `server-only` throws outside a React Server Component build; in unit tests it is a no-op.
      'server-only': path.resolve(import.meta.dirname, 'test/server-only-stub.ts'),
    },
  },
  test: {
    include: [
      'lib/**/*.test.ts',
      'components/**/*.test.ts',
      'components/**/*.test.tsx',
      'labs/**/*.test.ts',
      'platform/**/*.test.ts',
      'content/**/*.test.ts',
      'app/**/*.test.ts',
      'test/**/*.test.ts',
    ],
    environment: 'node',
    // Unit tests start many runs from one (cookie-less) client; the per-client start limit is
    // tested on its own, with its own numbers.
    env: {
      LAB_RATE_PER_MINUTE: '100000',
      LAB_RATE_BURST: '100000',
      LAB_RATE_ADDRESS_PER_MINUTE: '100000',
      LAB_RATE_ADDRESS_BURST: '100000',
    },
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Timing tests measure real threads and sockets: run files one after another so they
    // do not compete for the machine's two cores.
    fileParallelism: false,
  },
});
