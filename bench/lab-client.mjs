// @ts-check
// Shared by bench/load.mjs, bench/soak.mjs and bench/fuzz.mjs: a client of a running server
// with its own `lab_client` cookie, that runs experiments over Server-Sent Events and keeps
// what the run reported (queue positions, the `done` result).

/**
 * The signed `lab_client` cookie the server hands a new browser with its first experiment
 * response; a HEAD gets it without starting a run.
 */
export async function newClientCookie(/** @type {string} */ base) {
  const response = await fetch(`${base}/api/experiments/io?strategy=async`, { method: 'HEAD' });
  const cookie = /lab_client=([\w.-]+)/.exec(response.headers.get('set-cookie') ?? '')?.[1];
  if (!cookie) throw new Error(`${base} set no lab_client cookie`);
  return `lab_client=${cookie}`;
}

/**
 * @typedef {object} RunOutcome
 * @property {number} status HTTP status, or 0 for a network error
 * @property {number | null} retryAfterS the Retry-After of a refusal
 * @property {string | null} error what went wrong (non-2xx body, network error, `error` event)
 * @property {any} result the `done` event's data (the JSON result), null if none came
 * @property {number} queuedEvents how many `queued` events the run received
 * @property {number} queueWaitMs from the request to the end of the wait in the queue (0 if never queued)
 * @property {number} totalMs from the request to the end of the stream, as the client saw it
 */

/**
 * The frames of an event-stream body as they arrive: the `event:` name (null when the frame has
 * none, e.g. a heartbeat comment) and the `data:` line parsed as JSON (null when absent).
 * @param {ReadableStream<Uint8Array>} body
 * @returns {AsyncGenerator<{ event: string | null, data: any }>}
 */
export async function* sseFrames(body) {
  let buffered = '';
  const decoder = new TextDecoder();
  for await (const chunk of /** @type {AsyncIterable<Uint8Array>} */ (
    /** @type {unknown} */ (body)
  )) {
    buffered += decoder.decode(chunk, { stream: true });
    for (let end = buffered.indexOf('\n\n'); end !== -1; end = buffered.indexOf('\n\n')) {
      const frame = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      yield {
        event: /^event: (.*)$/m.exec(frame)?.[1] ?? null,
        data: JSON.parse(/^data: (.*)$/m.exec(frame)?.[1] ?? 'null'),
      };
    }
  }
}

/**
 * Runs `path` (an /api/experiments/… path with its query) once over SSE, as a browser does.
 * @param {string} base
 * @param {string} path
 * @param {{ cookie?: string, signal?: AbortSignal }} [options]
 * @returns {Promise<RunOutcome>}
 */
export async function runOnce(base, path, { cookie, signal } = {}) {
  const started = performance.now();
  /** @type {RunOutcome} */
  const outcome = {
    status: 0,
    retryAfterS: null,
    error: null,
    result: null,
    queuedEvents: 0,
    queueWaitMs: 0,
    totalMs: 0,
  };
  try {
    const headers = /** @type {Record<string, string>} */ ({ accept: 'text/event-stream' });
    if (cookie) headers.cookie = cookie;
    const response = await fetch(`${base}${path}`, { headers, signal });
    outcome.status = response.status;
    if (!response.ok || !response.body) {
      outcome.retryAfterS = response.headers.has('retry-after')
        ? Number(response.headers.get('retry-after'))
        : null;
      const text = await response.text();
      outcome.error = `HTTP ${response.status}: ${text.slice(0, 200)}`;
      return outcome;
    }
    let lastQueuedAt = 0;
    for await (const frame of sseFrames(response.body)) {
      const event = frame.event ?? 'message';
      if (event === 'queued') {
        outcome.queuedEvents++;
        lastQueuedAt = performance.now();
      } else if (lastQueuedAt > 0 && outcome.queueWaitMs === 0) {
        // The first event after the queue: the run was admitted.
        outcome.queueWaitMs = performance.now() - started;
      }
      if (event === 'done') outcome.result = frame.data;
      if (event === 'error') outcome.error = `error event: ${JSON.stringify(frame.data)}`;
    }
    if (!outcome.result && !outcome.error) outcome.error = 'the stream ended without a done event';
  } catch (error) {
    outcome.error = `network: ${error instanceof Error ? `${error.message}${error.cause ? ` (${/** @type {Error} */ (error.cause).message})` : ''}` : String(error)}`;
  } finally {
    outcome.totalMs = performance.now() - started;
  }
  return outcome;
}

/** `GET /api/health` of the server: `{ok, uptime_s, rss_bytes, heap_used_bytes, admission}`. */
export async function health(/** @type {string} */ base) {
  const response = await fetch(`${base}/api/health`);
  if (!response.ok) throw new Error(`/api/health answered ${response.status}`);
  return /** @type {{ ok: boolean, uptime_s: number, rss_bytes: number, heap_used_bytes: number, heap_total_bytes: number, admission: { runs: number, inflight: number, computing: number, queued: number } }} */ (
    await response.json()
  );
}

/** The `p`-th percentile (0–100) of `values`, nearest rank; NaN for none. */
export function percentile(/** @type {number[]} */ values, /** @type {number} */ p) {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}

/** Prints rows as an aligned text table (first row = header). */
export function printTable(/** @type {(string | number)[][]} */ rows) {
  const cells = rows.map((row) =>
    row.map((cell) => (typeof cell === 'number' ? format(cell) : cell)),
  );
  const widths = cells[0].map((_, column) => Math.max(...cells.map((row) => row[column].length)));
  for (const [index, row] of cells.entries()) {
    console.log(
      row
        .map((cell, column) =>
          column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]),
        )
        .join('  '),
    );
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  }
}

function format(/** @type {number} */ value) {
  if (Number.isNaN(value)) return '–';
  if (Number.isInteger(value)) return String(value);
  return value.toFixed(Math.abs(value) < 10 ? 2 : 1);
}

export const sleep = (/** @type {number} */ ms) =>
  new Promise((resolve) => setTimeout(resolve, ms));
