import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { getEventListeners } from 'node:events';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getJson } from '../workers/get-json.mjs';

// getJson against a real server on an ephemeral port: what it answers, and what it refuses.

let origin = '';
const server = http.createServer((req, res) => {
  const send = (status: number, body: string) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(body);
  };
  if (req.url === '/ok') return send(200, '{"message":"Hello World!"}');
  if (req.url === '/unavailable') return send(503, '{"error":"simulated failure"}');
  if (req.url === '/not-json') return send(200, 'Hello World!');
  if (req.url === '/huge') return send(200, JSON.stringify({ padding: 'x'.repeat(100_000) }));
  if (req.url?.startsWith('/slow')) return setTimeout(() => send(200, '{"late":true}'), 300);
  // '/hang': never answers.
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

describe('getJson', () => {
  it('answers the status and the parsed body, for errors too', async () => {
    await expect(getJson(`${origin}/ok`)).resolves.toEqual({
      status: 200,
      body: { message: 'Hello World!' },
    });
    await expect(getJson(`${origin}/unavailable`)).resolves.toEqual({
      status: 503,
      body: { error: 'simulated failure' },
    });
  });

  it('rejects a body that is not JSON, or too big, and the next request still works', async () => {
    await expect(getJson(`${origin}/not-json`)).rejects.toThrow(SyntaxError);
    await expect(getJson(`${origin}/huge`)).rejects.toThrow(/over 65536 bytes/);
    await expect(getJson(`${origin}/ok`)).resolves.toMatchObject({ status: 200 });
  });

  it('gives up after timeoutMs and says so', async () => {
    await expect(getJson(`${origin}/hang`, { timeoutMs: 100 })).rejects.toThrow(
      'no answer within 100 ms',
    );
  });

  it('puts one listener on a signal however many requests share it, and aborts them all', async () => {
    const abort = new AbortController();
    const pending = Array.from({ length: 50 }, (_, i) =>
      getJson(`${origin}/slow?${i}`, { signal: abort.signal }),
    );
    expect(getEventListeners(abort.signal, 'abort')).toHaveLength(1);
    const started = performance.now();
    abort.abort();
    const outcomes = await Promise.allSettled(pending);
    expect(
      outcomes.every((o) => o.status === 'rejected' && /cancelled/.test(String(o.reason))),
    ).toBe(true);
    // Aborted, not answered: the server would have taken 300 ms.
    expect(performance.now() - started).toBeLessThan(250);
  });

  it('refuses anything but an absolute http URL, as a rejection', async () => {
    await expect(getJson('/ok')).rejects.toThrow(TypeError);
    await expect(getJson('ftp://127.0.0.1/ok')).rejects.toThrow(TypeError);
  });

  it('rejects at once on a signal that has already fired', async () => {
    const abort = new AbortController();
    abort.abort();
    await expect(getJson(`${origin}/ok`, { signal: abort.signal })).rejects.toThrow('cancelled');
  });
});
