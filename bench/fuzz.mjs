// @ts-check
// 10,000 malformed requests (bench/fuzz-cases.mjs) against every endpoint of a running server,
// 16 at a time, each sent as raw bytes over its own connection (so that odd methods, huge or
// invalid headers reach the server exactly as written). Prints the count per status; the
// target is no 5xx at all, and a server that still answers /api/health and runs an I/O
// experiment afterwards.
// Usage: npm run fuzz -- [http://127.0.0.1:3000]   (FUZZ_COUNT=10000 FUZZ_SEED=1)
import net from 'node:net';
import { fuzzCases, probeCases } from './fuzz-cases.mjs';
import { health, newClientCookie, printTable, runOnce } from './lab-client.mjs';

const base = (process.argv[2] ?? 'http://127.0.0.1:3000').replace(/\/$/, '');
const count = Number(process.env.FUZZ_COUNT ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 1);
const CONCURRENCY = 16;
/** A request that has not been answered by then is a hang, and counts as a failure. */
const TIMEOUT_MS = 60_000;
/**
 * Next.js itself answers TRACE with 500 before any of this site's code runs: it builds a WHATWG
 * Request for proxy.ts, and `new Request()` refuses TRACE ("'TRACE' HTTP method is
 * unsupported"); a matcher cannot exclude a method. Counted apart; block TRACE at the reverse
 * proxy in front of the site (nginx: `if ($request_method = TRACE) { return 405; }`).
 */
const knownOutsideTheApp = (
  /** @type {{ method: string }} */ fuzzCase,
  /** @type {number | string} */ status,
) => fuzzCase.method === 'TRACE' && status === 500;
/**
 * 503s that are answers, not faults: the upstream's planned failure (fail_rate) and a lab
 * that needs python3 on a server without it.
 */
const deliberate = (/** @type {number | string} */ status, /** @type {string} */ head) =>
  status === 503 && /simulated failure|python3 is not available/.test(head);
const { hostname, port } = new URL(base);

/**
 * Sends one case as bytes and reads the status line of the answer. The connection closes after
 * the answer (Connection: close), so the whole body, also of an event stream, is waited for.
 * @param {import('./fuzz-cases.mjs').FuzzCase} fuzzCase
 * @returns {Promise<{ status: number | string, head: string, ms: number }>}
 */
function send(fuzzCase) {
  const started = performance.now();
  return new Promise((resolve) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    /** @type {Buffer[]} */
    const chunks = [];
    let received = 0;
    let settled = false;
    const finish = (/** @type {number | string} */ status) => {
      if (settled) return;
      settled = true;
      socket.destroy();
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status, head: text, ms: performance.now() - started });
    };
    socket.setTimeout(TIMEOUT_MS, () => finish('timeout'));
    socket.on('data', (chunk) => {
      // Keep the start of the answer (status line, headers, first bytes of the body).
      if (received < 4096) chunks.push(chunk);
      received += chunk.length;
    });
    socket.on('end', () => {
      const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      finish(
        statusLine
          ? Number(statusLine[1])
          : received === 0
            ? 'closed without answer'
            : 'unparsable answer',
      );
    });
    socket.on('error', (error) => {
      const statusLine = /^HTTP\/1\.[01] (\d{3})/.exec(Buffer.concat(chunks).toString('latin1'));
      finish(
        statusLine
          ? Number(statusLine[1])
          : `socket ${/** @type {NodeJS.ErrnoException} */ (error).code ?? error.message}`,
      );
    });
    const lines = [
      `${fuzzCase.method} ${fuzzCase.url} HTTP/1.1`,
      `Host: ${hostname}:${port}`,
      'Connection: close',
    ];
    for (const [name, value] of Object.entries(fuzzCase.headers)) lines.push(`${name}: ${value}`);
    socket.write(Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1'));
  });
}

const cases = [...probeCases(), ...fuzzCases(seed, count)];
console.log(
  `fuzz: ${cases.length} malformed requests (the fixed probes, then seed ${seed}), ${CONCURRENCY} at a time, against ${base}`,
);
const before = await health(base);
/** @type {Map<string, Map<string | number, number>>} */
const byEndpoint = new Map();
/** @type {Map<string | number, number>} */
const byStatus = new Map();
/** @type {{ fuzzCase: import('./fuzz-cases.mjs').FuzzCase, status: number | string, head: string }[]} */
const failures = [];
let knownTrace = 0;
let deliberate503 = 0;
const startedAt = performance.now();
let nextCase = 0;
let slowest = { ms: 0, what: '' };
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    while (nextCase < cases.length) {
      const fuzzCase = cases[nextCase++];
      const { status, head, ms } = await send(fuzzCase);
      if (ms > slowest.ms)
        slowest = {
          ms,
          what: `${fuzzCase.method} ${fuzzCase.url.slice(0, 80)} (${fuzzCase.what.slice(0, 80)}) → ${status}`,
        };
      byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      const counts = byEndpoint.get(fuzzCase.endpoint) ?? new Map();
      counts.set(status, (counts.get(status) ?? 0) + 1);
      byEndpoint.set(fuzzCase.endpoint, counts);
      // A 5xx, a hang, or a connection dropped without an answer (other than for a request
      // Node's HTTP parser refuses outright, which it answers 431/400 or just closes).
      if (knownOutsideTheApp(fuzzCase, status)) knownTrace++;
      else if (deliberate(status, head)) deliberate503++;
      else if ((typeof status === 'number' && status >= 500) || typeof status === 'string')
        failures.push({ fuzzCase, status, head });
    }
  }),
);
const seconds = (performance.now() - startedAt) / 1000;

const statuses = [...byStatus.keys()].sort((a, b) => String(a).localeCompare(String(b)));
console.log(
  `\n${cases.length} requests in ${seconds.toFixed(1)} s; answers per status and endpoint:`,
);
printTable([
  ['endpoint', ...statuses.map(String), 'total'],
  ...[...byEndpoint].map(([endpoint, counts]) => [
    endpoint,
    ...statuses.map((s) => counts.get(s) ?? 0),
    [...counts.values()].reduce((a, b) => a + b, 0),
  ]),
  ['all', ...statuses.map((s) => byStatus.get(s) ?? 0), cases.length],
]);
console.log(`slowest: ${slowest.ms.toFixed(0)} ms, ${slowest.what}`);
console.log(
  `known, outside the app: ${knownTrace} × TRACE → 500 from Next.js before proxy.ts runs (block TRACE at the reverse proxy)`,
);
console.log(
  `deliberate: ${deliberate503} × 503 "simulated failure" (/api/upstream with fail_rate) or "python3 is not available"`,
);

const dropped = failures.filter((f) => typeof f.status === 'string');
const serverErrors = failures.filter((f) => typeof f.status === 'number');
if (failures.length > 0) {
  console.log(
    `\n${serverErrors.length} × 5xx (TRACE left out) and ${dropped.length} × no answer; the first ones:`,
  );
  for (const { fuzzCase, status, head } of failures.slice(0, 15)) {
    console.log(
      `- #${fuzzCase.id} ${fuzzCase.method} ${fuzzCase.url.slice(0, 120)} [${fuzzCase.what.slice(0, 120)}] → ${status}`,
    );
    console.log(`  ${head.split('\r\n\r\n').at(-1)?.slice(0, 200).replace(/\s+/g, ' ')}`);
  }
}

// Afterwards the server must still be healthy and run an ordinary experiment, and be the
// same process: a server that restarted meanwhile (a crash, or someone else's restart) voids the run.
const after = await health(base);
const restarted = after.uptime_s < before.uptime_s + seconds - 5;
if (restarted)
  console.log(
    `\nthe server restarted during the fuzz (uptime ${before.uptime_s} s before, ${after.uptime_s} s after ${seconds.toFixed(0)} s): a crash, or a restart from outside; the unanswered requests date from then`,
  );
const probe = await runOnce(base, '/api/experiments/io?strategy=async&count=10&delay_ms=100', {
  cookie: await newClientCookie(base),
});
const ioOk = probe.status === 200 && probe.result?.failed === 0;
console.log(
  `\nafter: /api/health ok=${after.ok}, rss ${(before.rss_bytes / 2 ** 20).toFixed(0)} → ${(after.rss_bytes / 2 ** 20).toFixed(0)} MiB, admission ${JSON.stringify(after.admission)}`,
);
console.log(
  `after: a 10 × 100 ms async run → HTTP ${probe.status}, elapsed ${probe.result?.elapsed_ms ?? '–'} ms (ideal ${probe.result?.ideal_ms ?? '–'}), failed ${probe.result?.failed ?? '–'}`,
);
const pass = serverErrors.length === 0 && dropped.length === 0 && after.ok && ioOk && !restarted;
console.log(
  `\n${pass ? 'PASS' : 'FAIL'}: ${serverErrors.length} × 5xx besides TRACE, ${dropped.length} unanswered (target 0 and 0), server healthy afterwards: ${after.ok && ioOk}`,
);
process.exitCode = pass ? 0 : 1;
