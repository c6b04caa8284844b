import { describe, expect, it, vi } from 'vitest';

// A server without a python3 that imports httpx: every probe fails.
vi.mock('node:child_process', async (importOriginal) => ({
  ...(await importOriginal<typeof import('node:child_process')>()),
  execFile: (...args: unknown[]) => {
    const callback = args.at(-1) as (error: Error, stdout: string) => void;
    callback(new Error('spawn python3 ENOENT'), '');
  },
}));

const { GET } = await import('@/app/api/experiments/io/route');
const { GET: info } = await import('@/app/api/experiments/io/info/route');

describe('the I/O lab on a server without CPython and httpx', () => {
  it('offers only Node.js, and says in one line what to install', async () => {
    const body = await (await info()).json();
    expect(body.engines).toEqual(['node']);
    expect(body.default_engine).toBe('node');
    expect(body.missing).toMatch(/npm run setup:python/);
  });

  it('answers engine=cpython with a 400 whose reason names the engine field', async () => {
    const response = await GET(
      new Request(
        'http://test/api/experiments/io?strategy=async&engine=cpython&count=2&delay_ms=1',
      ),
    );
    expect(response.status).toBe(400);
    const body = await response.json();
    expect(body.issues).toEqual([
      { path: 'engine', message: expect.stringMatching(/no python3 with httpx.*engine=node/) },
    ]);
  });
});
