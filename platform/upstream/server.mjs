// @ts-check
// Worker-thread entry: the upstream as a plain node:http server with its own event loop, so
// the experiment's client and the upstream it measures never share a thread.
import http from 'node:http';
import { parentPort } from 'node:worker_threads';
import { answerAfterDelay, upstreamQuery } from './respond.mjs';

const json = (
  /** @type {http.ServerResponse} */ res,
  /** @type {number} */ status,
  /** @type {unknown} */ body,
) => {
  const text = JSON.stringify(body);
  // With its length given, the body goes out as it is, like a typical JSON API's answer;
  // without it, writeHead() has already fixed the headers and node:http sends the body chunked.
  res.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
};

const server = http.createServer((req, res) => {
  // String slicing, not new URL(): the upstream parses up to 1000 requests in a burst, and
  // every microsecond here delays the start of the last request's wait.
  const target = req.url ?? '/';
  const mark = target.indexOf('?');
  const pathname = mark < 0 ? target : target.slice(0, mark);
  if (pathname === '/health') return json(res, 200, { ok: true });
  if (pathname !== '/api/upstream') return json(res, 404, { error: 'not found' });
  const query = new URLSearchParams(mark < 0 ? '' : target.slice(mark + 1));
  const parsed = upstreamQuery.safeParse(Object.fromEntries(query));
  if (!parsed.success)
    return json(res, 400, { error: 'invalid query', issues: parsed.error.issues });
  const cancel = answerAfterDelay(parsed.data, ({ status, body }) => json(res, status, body));
  // A client that hangs up stops the wait, so an aborted run leaves no timers behind.
  res.on('close', cancel);
});

// Long keep-alive so warm connections are reused between runs; a deep accept queue so a
// burst of 1000 connections is not dropped (a dropped SYN is retried only after 1 s).
server.keepAliveTimeout = 65_000;
server.headersTimeout = 66_000;
server.maxRequestsPerSocket = 0;
server.listen({ host: '127.0.0.1', port: 0, backlog: 4096 }, () => {
  const address = server.address();
  parentPort?.postMessage({ port: typeof address === 'object' && address ? address.port : 0 });
});
