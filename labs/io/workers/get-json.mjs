// @ts-check
// One HTTP GET with undici's dispatch(), the call that undici's request() and Node's fetch()
// are themselves built on. Plain JavaScript because pool threads import it too.
import { getGlobalDispatcher } from 'undici';
import { abortsOf } from '../../../platform/runs/abort-fan-out.mjs';

/** @typedef {import('../../../platform/runs/abort-fan-out.mjs').Abort} Abort */

/** The upstream answers ~100 bytes; anything far bigger is not the upstream. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * GETs `url` and parses its body as JSON. Resolves with the status and body for any HTTP
 * status; rejects on a network error, no answer within `timeoutMs`, a body that is not JSON or too big, or when `signal` fires.
 * Unlike request() it makes no stream per response: one buffer, one JSON.parse. That is
 * most of an HTTP client's cost per request, which a run of 1000 requests pays 1000 times.
 * @param {string} url
 * @param {{ signal?: AbortSignal, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, body: unknown }>}
 */
export function getJson(url, { signal, timeoutMs } = {}) {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new Error('cancelled'));
    const aborts = signal ? abortsOf(signal) : null;
    // Split by a regular expression, not new URL(): that costs ~15 µs, 15 ms of a
    // 1000-request run. The URLs come from this server (planFor), always absolute.
    const parts = /^(https?:\/\/[^/?#]+)(\/[^#]*)?$/.exec(url);
    if (!parts) throw new TypeError(`not an absolute http URL: ${url}`);
    const [, origin, path = '/'] = parts;
    /** @type {Buffer[]} */
    const chunks = [];
    let status = 0;
    let size = 0;
    /** @type {Abort | null} */
    let abort = null;
    const settle = () => {
      if (abort) aborts?.delete(abort);
    };
    getGlobalDispatcher().dispatch(
      {
        origin,
        path,
        method: 'GET',
        headersTimeout: timeoutMs,
        bodyTimeout: timeoutMs,
      },
      {
        // undici hands over the request's abort when it is about to be sent, which can be
        // after the run was cancelled: then it is aborted at once.
        onConnect(abortRequest) {
          abort = abortRequest;
          if (signal?.aborted) abortRequest(new Error('cancelled'));
          else aborts?.add(abortRequest);
        },
        onHeaders(statusCode) {
          status = statusCode;
          return true;
        },
        onData(chunk) {
          size += chunk.length;
          if (size > MAX_BODY_BYTES)
            abort?.(new Error(`response body over ${MAX_BODY_BYTES} bytes`));
          else chunks.push(chunk);
          return true;
        },
        onComplete() {
          settle();
          try {
            resolve({ status, body: JSON.parse(Buffer.concat(chunks, size).toString('utf8')) });
          } catch (error) {
            reject(error);
          }
        },
        onError(error) {
          settle();
          const code = /** @type {{ code?: string }} */ (error).code;
          const timedOut = code === 'UND_ERR_HEADERS_TIMEOUT' || code === 'UND_ERR_BODY_TIMEOUT';
          reject(timedOut ? new Error(`no answer within ${timeoutMs} ms`) : error);
        },
      },
    );
  });
}
