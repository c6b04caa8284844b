import { once } from 'node:events';
import { createServer, type AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { startServer } from '@/bench/server.mjs';
import { freePort } from '@/labs/django/engine/running-server';

describe('startServer (benchmarks and npm run lighthouse)', () => {
  it('refuses a port another server holds, instead of measuring that server', async () => {
    const other = createServer().listen(0, '127.0.0.1');
    await once(other, 'listening');
    const { port } = other.address() as AddressInfo;
    try {
      await expect(startServer(port)).rejects.toThrow(`port ${port} is taken by another server`);
    } finally {
      other.close();
    }
  });

  it('says so as soon as its server exits, here for a directory with no build', async () => {
    const port = await freePort();
    const empty = mkdtempSync(path.join(tmpdir(), 'no-build-'));
    try {
      const started = performance.now();
      await expect(startServer(port, {}, { dir: empty, readyPath: '/' })).rejects.toThrow(
        `the server on port ${port} did not start`,
      );
      // The readiness loop gives a live server 30 s; a dead one is not waited for.
      expect(performance.now() - started).toBeLessThan(20_000);
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
