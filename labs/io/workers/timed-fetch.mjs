// @ts-check
// Fetch one URL and time it. Plain JavaScript because pool threads import it too.
import { now } from '../../../platform/runs/clock.mjs';
import { getJson } from './get-json.mjs';

/** @typedef {import('../contract').RequestTiming} RequestTiming */
/** @typedef {import('../contract').FetchTask} FetchTask */

const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;

/**
 * GET `task.url`, read the JSON body, and report when it started and ended relative to
 * `runStart`. A failure is a result, not an exception: the run goes on (like the essay's
 * `except Exception as exc`). So is a request unanswered after `task.timeoutMs`.
 * @param {FetchTask} task
 * @param {number} lane
 * @param {number} runStart absolute start of the run, from `now()`
 * @param {AbortSignal} [signal]
 * @returns {Promise<RequestTiming>}
 */
export async function timedFetch(task, lane, runStart, signal) {
  const start = now();
  const timing = (/** @type {Partial<RequestTiming>} */ outcome) => ({
    task_id: task.taskId,
    start_ms: round(start - runStart),
    end_ms: round(now() - runStart),
    lane,
    ok: false,
    status: null,
    error: null,
    delay_ms: null,
    ...outcome,
  });
  try {
    // The timeout turns an upstream that never answers into a failed request.
    const { status, body } = await getJson(task.url, { signal, timeoutMs: task.timeoutMs });
    const json = /** @type {{ error?: unknown, delay_ms?: unknown }} */ (body ?? {});
    const ok = status >= 200 && status < 300;
    return timing({
      ok,
      status,
      error: ok ? null : String(json.error ?? `HTTP ${status}`),
      delay_ms: typeof json.delay_ms === 'number' ? json.delay_ms : null,
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return timing({ error: signal?.aborted ? 'cancelled' : reason });
  }
}
