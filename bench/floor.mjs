// @ts-check
// The floor under the I/O experiment's numbers: the same N × 100 ms requests measured without
// the site. All at once: with the libraries the site uses (undici's dispatch(), through the
// site's own getJson, against the site's node:http upstream on its own thread), then with raw
// TCP sockets on both sides.
// On 5 threads: undici in worker threads. The site's rows can come no closer than these.
// Usage: node bench/floor.mjs   (also called by bench/run.mjs)
import net from 'node:net';
import { Worker } from 'node:worker_threads';
import { getJson } from '../labs/io/workers/get-json.mjs';

/** Starts an upstream worker thread from `file`; resolves with its origin and a stop(). */
export async function startUpstream(/** @type {string | URL} */ file) {
  const worker = new Worker(file);
  const port = await new Promise((resolve, reject) => {
    worker.once('message', (/** @type {{ port: number }} */ m) => resolve(m.port));
    worker.once('error', reject);
  });
  return { port, stop: () => worker.terminate() };
}

/** The site's HTTP client (labs/io/workers/get-json.mjs), the way timed-fetch.mjs calls it, without the timing. */
function undiciClient(/** @type {number} */ port) {
  const origin = `http://127.0.0.1:${port}`;
  const signal = new AbortController().signal;
  return {
    async get(/** @type {string} */ path) {
      const { body } = await getJson(origin + path, { signal, timeoutMs: 10_000 });
      return /** @type {{ delay_ms: number }} */ (body);
    },
    close() {},
  };
}

/** A minimal keep-alive HTTP/1.1 client on raw sockets: one socket per request in flight. */
function rawClient(/** @type {number} */ port) {
  /** @type {net.Socket[]} */
  const idle = [];
  /** @type {net.Socket[]} */
  const all = [];
  const connect = () =>
    new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
      socket.setNoDelay(true);
      all.push(socket);
    });
  return {
    async get(/** @type {string} */ path) {
      const socket = /** @type {net.Socket} */ (idle.pop() ?? (await connect()));
      const text = await new Promise((resolve) => {
        let buffer = '';
        const onData = (/** @type {Buffer} */ chunk) => {
          buffer += chunk.toString('latin1');
          const head = buffer.indexOf('\r\n\r\n');
          if (head < 0) return;
          const length = Number(/content-length: (\d+)/i.exec(buffer.slice(0, head))?.[1] ?? 0);
          if (buffer.length < head + 4 + length) return;
          socket.off('data', onData);
          resolve(buffer.slice(head + 4, head + 4 + length));
        };
        socket.on('data', onData);
        socket.write(`GET ${path} HTTP/1.1\r\nhost: upstream\r\n\r\n`);
      });
      idle.push(socket);
      return /** @type {{ delay_ms: number }} */ (JSON.parse(text));
    },
    close: () => all.forEach((socket) => socket.destroy()),
  };
}

/** @typedef {{ elapsed: number, ideal: number, overhead: number }} Burst */

/** The burst with the median overhead. */
export function middleBurst(/** @type {Burst[]} */ bursts) {
  return [...bursts].sort((a, b) => a.overhead - b.overhead)[Math.floor(bursts.length / 2)];
}

/** Median (by overhead) of `times` calls of `once`, after one warm-up call. */
async function medianOf(/** @type {() => Promise<Burst>} */ once, times = 3) {
  await once();
  const runs = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  return middleBurst(runs);
}

/** `count` concurrent requests from `client`, all at once: one burst. */
async function burstOnce(
  /** @type {{ get(path: string): Promise<{ delay_ms: number }> }} */ client,
  /** @type {number} */ count,
) {
  const start = performance.now();
  const answers = await Promise.all(
    Array.from({ length: count }, (_, i) => client.get(`/api/upstream?delay_ms=100&task_id=${i}`)),
  );
  const elapsed = performance.now() - start;
  const ideal = Math.max(...answers.map((a) => a.delay_ms));
  return { elapsed, ideal, overhead: elapsed - ideal };
}

/**
 * `count` requests on `threads` worker threads (each takes every `threads`-th request) with
 * undici against the site's upstream: the floor under the threads rows.
 */
async function threadBurst(/** @type {number} */ count, /** @type {number} */ threads) {
  const upstream = await startUpstream(new URL('../platform/upstream/server.mjs', import.meta.url));
  const workers = Array.from(
    { length: threads },
    () =>
      new Worker(new URL('./floor/thread-client.mjs', import.meta.url), {
        workerData: { port: upstream.port },
      }),
  );
  await Promise.all(workers.map((w) => new Promise((resolve) => w.once('message', resolve))));
  const once = async () => {
    const start = performance.timeOrigin + performance.now();
    const done = await Promise.all(
      workers.map((w, lane) => {
        const reply = new Promise((resolve) => w.once('message', resolve));
        w.postMessage({
          taskIds: Array.from({ length: count }, (_, i) => i).filter((i) => i % threads === lane),
        });
        return /** @type {Promise<{ waits: number[], end: number }>} */ (reply);
      }),
    );
    const elapsed = Math.max(...done.map((d) => d.end)) - start;
    const ideal = Math.max(...done.map((d) => d.waits.reduce((a, b) => a + b, 0)));
    return { elapsed, ideal, overhead: elapsed - ideal };
  };
  try {
    return await medianOf(once);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
    await upstream.stop();
  }
}

/**
 * The async floors, started and warmed, for a bench that alternates them with the site's own
 * runs: on a VM whose speed drifts over minutes, a floor measured at another moment compares
 * nothing. `burst(count)` is one burst; `close()` stops every upstream.
 */
export async function openAsyncFloors() {
  const setups = [
    {
      name: 'undici + node:http, no site',
      file: new URL('../platform/upstream/server.mjs', import.meta.url),
      client: undiciClient,
    },
    {
      name: 'raw sockets both sides',
      file: new URL('./floor/raw-upstream.mjs', import.meta.url),
      client: rawClient,
    },
  ];
  /** @type {{ name: string, burst: (count: number) => Promise<Burst>, upstream: { stop(): Promise<number> }, client: { close(): void } }[]} */
  const opened = [];
  for (const setup of setups) {
    const upstream = await startUpstream(setup.file);
    const client = setup.client(upstream.port);
    // Warmed as the site's server is at start (labs/io/engine/warm-up.ts): three bursts of 1000
    // without a wait, so both sides run optimized code before anything is measured.
    for (let i = 0; i < 3; i++)
      await Promise.all(
        Array.from({ length: 1000 }, (_, id) =>
          client.get(`/api/upstream?delay_ms=0&task_id=${id}`),
        ),
      );
    opened.push({
      name: setup.name,
      burst: (/** @type {number} */ count) => burstOnce(client, count),
      upstream,
      client,
    });
  }
  return {
    floors: opened.map(({ name, burst }) => ({ name, burst })),
    close: async () => {
      for (const { client, upstream } of opened) {
        client.close();
        await upstream.stop();
      }
    },
  };
}

/** The threads floor at each count up to 100: undici on 5 worker threads. */
export async function measureThreadFloor(counts = [10, 100]) {
  const rows = [];
  for (const count of counts.filter((c) => c <= 100))
    rows.push({
      setup: 'undici on 5 threads, no site',
      strategy: 'threads',
      count,
      ...(await threadBurst(count, 5)),
    });
  return rows;
}

/** Every floor at each count (threads up to 100), for `node bench/floor.mjs`. */
export async function measureFloor(counts = [10, 100, 1000]) {
  const rows = [];
  const { floors, close } = await openAsyncFloors();
  try {
    for (const floor of floors)
      for (const count of counts)
        rows.push({
          setup: floor.name,
          strategy: 'async',
          count,
          ...(await medianOf(() => floor.burst(count), 7)),
        });
  } finally {
    await close();
  }
  return [...rows, ...(await measureThreadFloor(counts))];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const row of await measureFloor()) {
    console.log(
      `${row.strategy.padEnd(8)} ${row.setup.padEnd(30)} ${String(row.count).padStart(5)} × 100 ms: ${row.elapsed.toFixed(1)} ms, ideal ${row.ideal.toFixed(1)} ms, ` +
        `overhead ${row.overhead.toFixed(1)} ms (${(row.elapsed / row.ideal).toFixed(2)} × ideal)`,
    );
  }
}
