import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './errors';
import { clientAddress, fromLoopback } from './client-address';
import { newClientCookie, signedClientId } from './client-id';
import { StartLimiter, identifyClient, type Client } from './rate-limit';

afterEach(() => vi.unstubAllEnvs());

const perClient = { perMinute: 40, burst: 12 };
const perAddress = { perMinute: 600, burst: 240 };

/** How many of `n` starts the limiter allows, all at one instant. */
function allowed(limiter: StartLimiter, clients: () => Client, n: number, now = 1_000_000): number {
  let ok = 0;
  for (let i = 0; i < n; i++) {
    try {
      limiter.take(clients(), now);
      ok++;
    } catch (error) {
      if (!(error instanceof ApiError) || error.status !== 429) throw error;
      expect(Number(error.headers['Retry-After'])).toBeGreaterThan(0);
    }
  }
  return ok;
}

const request = (headers: Record<string, string>) => new Request('http://t/', { headers });

describe('start limit', () => {
  it('allows a browser its burst, refuses with Retry-After, then refills over time', () => {
    const limiter = new StartLimiter(perClient, perAddress);
    const browser: Client = { id: 'a', address: '10.0.0.1', issue: null };
    expect(allowed(limiter, () => browser, 30)).toBe(12);
    expect(
      allowed(limiter, () => browser, 1, 1_000_000 + Math.ceil(60_000 / perClient.perMinute)),
    ).toBe(1);
  });

  it('gives nothing to a client that sends a fresh or forged cookie each time', () => {
    const limiter = new StartLimiter(perClient, perAddress);
    const rotating = () =>
      identifyClient(
        request({
          cookie: `lab_client=${crypto.randomUUID()}.${'x'.repeat(22)}`,
          'x-lab-peer': '10.0.0.9',
        }),
      );
    // Unsigned ids are newcomers; the newcomers of an address share five browsers' burst.
    expect(allowed(limiter, rotating, 200)).toBe(60);
  });

  it('lets a class of 60 browsers behind one address run all three strategies at once', () => {
    const limiter = new StartLimiter(perClient, perAddress);
    const students = Array.from({ length: 60 }, (_, i): Client => ({
      id: `s${i}`,
      address: '192.0.2.7',
      issue: null,
    }));
    let ok = 0;
    for (const student of students) ok += allowed(limiter, () => student, 3);
    expect(ok).toBe(180);
    // ... and the address as a whole is bounded too.
    const others = Array.from({ length: 100 }, (_, i): Client => ({
      id: `o${i}`,
      address: '192.0.2.7',
      issue: null,
    }));
    let more = 0;
    for (const other of others) more += allowed(limiter, () => other, 1);
    expect(more).toBe(240 - 180);
  });
});

describe('signed client ids', () => {
  it('accepts what the server signed and nothing else', () => {
    const value = newClientCookie();
    const [id] = value.split('.');
    expect(signedClientId(`x=1; lab_client=${value}`)).toBe(id);
    expect(signedClientId(`lab_client=${id}.${'A'.repeat(22)}`)).toBeNull();
    expect(signedClientId(`lab_client=${crypto.randomUUID()}.${value.split('.')[1]}`)).toBeNull();
    expect(signedClientId('lab_client=abcdefgh12')).toBeNull();
    expect(signedClientId(null)).toBeNull();
  });

  it('issues a cookie to a request without a valid id', () => {
    expect(identifyClient(request({})).issue).toMatch(/^[\w-]{36}\.[\w-]{22}$/);
    expect(identifyClient(request({ cookie: `lab_client=${newClientCookie()}` })).issue).toBeNull();
  });
});

describe('client address', () => {
  it("is the socket's address, whatever X-Forwarded-For says, unless a proxy is trusted", () => {
    const sent = request({ 'x-lab-peer': '::ffff:203.0.113.5', 'x-forwarded-for': '1.2.3.4' });
    expect(clientAddress(sent)).toBe('203.0.113.5');
    expect(clientAddress(request({}))).toBe('unknown');
  });

  it('behind trusted proxies, is the entry the outermost one appended, not what the client wrote', () => {
    vi.stubEnv('LAB_TRUST_PROXY', '1');
    expect(
      clientAddress(
        request({ 'x-forwarded-for': '6.6.6.6, 198.51.100.2', 'x-lab-peer': '10.0.0.1' }),
      ),
    ).toBe('198.51.100.2');
    vi.stubEnv('LAB_TRUST_PROXY', '2');
    expect(clientAddress(request({ 'x-forwarded-for': '6.6.6.6, 198.51.100.2, 10.1.1.1' }))).toBe(
      '198.51.100.2',
    );
  });

  it('knows loopback only from the socket', () => {
    expect(fromLoopback(request({ 'x-lab-peer': '127.0.0.1' }))).toBe(true);
    expect(fromLoopback(request({ 'x-lab-peer': '::1' }))).toBe(true);
    expect(
      fromLoopback(request({ 'x-lab-peer': '10.0.0.1', 'x-forwarded-for': '127.0.0.1' })),
    ).toBe(false);
    expect(fromLoopback(request({}))).toBe(false);
  });
});
