import { afterEach, describe, expect, it, vi } from 'vitest';
import { GET as health } from '@/app/api/health/route';

afterEach(() => vi.unstubAllEnvs());

const ask = async (headers: Record<string, string>) =>
  (await health(new Request('http://t/api/health', { headers }))).json();

describe('GET /api/health', () => {
  it('tells anyone only that the server is alive', async () => {
    expect(await ask({ 'x-lab-peer': '203.0.113.9' })).toEqual({ ok: true });
    // A forwarded address is not believed without a trusted proxy.
    expect(await ask({ 'x-lab-peer': '203.0.113.9', 'x-forwarded-for': '127.0.0.1' })).toEqual({
      ok: true,
    });
  });

  it('gives the details to this machine', async () => {
    expect(await ask({ 'x-lab-peer': '127.0.0.1' })).toMatchObject({
      ok: true,
      rss_bytes: expect.any(Number),
      admission: { runs: 0 },
    });
  });

  it("gives the details to the operator's token, and nothing to a wrong or short one", async () => {
    vi.stubEnv('LAB_OPERATOR_TOKEN', 'a-long-operator-token');
    expect(await ask({ authorization: 'Bearer a-long-operator-token' })).toHaveProperty(
      'rss_bytes',
    );
    expect(await ask({ authorization: 'Bearer a-long-operator-tokem' })).toEqual({ ok: true });
    vi.stubEnv('LAB_OPERATOR_TOKEN', 'short');
    expect(await ask({ authorization: 'Bearer short' })).toEqual({ ok: true });
  });
});
