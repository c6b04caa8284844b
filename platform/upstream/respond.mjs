// @ts-check
// The slow upstream that stands in for the essay's external API: it waits, then answers.
// Shared by the dedicated upstream server (its own thread) and the /api/upstream route.
import { z } from 'zod';
import { intParam, rateParam, seedParam } from '../http/params.mjs';

export const UPSTREAM_LIMITS = { maxDelayMs: 10_000, maxJitterMs: 5_000, maxTaskId: 999_999 };

export const upstreamQuery = z.strictObject({
  delay_ms: intParam(0, UPSTREAM_LIMITS.maxDelayMs).default(100),
  jitter_ms: intParam(0, UPSTREAM_LIMITS.maxJitterMs).default(0),
  fail_rate: rateParam().default(0),
  task_id: intParam(0, UPSTREAM_LIMITS.maxTaskId).default(0),
  seed: seedParam().optional(),
});

/** @typedef {z.output<typeof upstreamQuery>} UpstreamQuery */

/** A 32-bit hash of a string (FNV-1a): turns "seed:task" into a PRNG seed. */
function hash(/** @type {string} */ text) {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** mulberry32: a tiny, well-distributed PRNG, so a seed reproduces jitter and failures. */
function seededRandom(/** @type {number} */ seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * What this request will do: its delay (base + a seeded share of the jitter) and whether it
 * fails. Same seed and task id, same plan.
 * @param {UpstreamQuery} query
 */
export function planResponse(query) {
  const random = seededRandom(hash(`${query.seed ?? Math.random()}:${query.task_id}`));
  const delay = query.delay_ms + Math.round(random() * query.jitter_ms);
  const fails = random() < query.fail_rate;
  return { delay, fails };
}

/** @typedef {{ status: number, body: Record<string, unknown> }} UpstreamAnswer */

/**
 * Waits without blocking the event loop (a timer), then calls `answer`. `delay_ms` in the
 * answer is the time actually waited, which the experiments use to compute the ideal run
 * time. Returns a function that cancels the wait. A callback and a plain timer, not an
 * awaited sleep with an AbortSignal: the upstream starts up to 1000 waits in a burst, and
 * the signal's listener alone cost more than everything else it does per request.
 * @param {UpstreamQuery} query
 * @param {(answer: UpstreamAnswer) => void} answer
 * @returns {() => void}
 */
export function answerAfterDelay(query, answer) {
  const { delay, fails } = planResponse(query);
  const started = performance.now();
  const timer = setTimeout(() => {
    const waited = Math.round((performance.now() - started) * 100) / 100;
    const task_id = String(query.task_id);
    answer(
      fails
        ? { status: 503, body: { error: 'simulated failure', task_id, delay_ms: waited } }
        : { status: 200, body: { message: 'Hello World!', task_id, delay_ms: waited } },
    );
  }, delay);
  return () => clearTimeout(timer);
}

/**
 * `answerAfterDelay` as a promise, for the /api/upstream route: rejects with an AbortError
 * (and clears the timer) when `signal` aborts.
 * @param {UpstreamQuery} query
 * @param {AbortSignal} [signal]
 * @returns {Promise<UpstreamAnswer>}
 */
export function respond(query, signal) {
  return new Promise((resolve, reject) => {
    signal?.throwIfAborted();
    const cancel = answerAfterDelay(query, resolve);
    signal?.addEventListener(
      'abort',
      () => {
        cancel();
        reject(new DOMException('The wait was aborted', 'AbortError'));
      },
      { once: true },
    );
  });
}
