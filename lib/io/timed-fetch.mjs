// @ts-check
// Fetch one URL and time it. Plain JavaScript because pool threads import it too.

/** @typedef {import('./types').RequestTiming} RequestTiming */
/** @typedef {import('./types').FetchTask} FetchTask */

/** Milliseconds on a clock that every thread of this process shares (unlike performance.now()). */
export const now = () => performance.timeOrigin + performance.now();

const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;

/**
 * GET `task.url`, read the JSON body, and report when it started and ended relative to
 * `runStart`. A failure is a result, not an exception: the run goes on (like the essay's
 * `except Exception as exc`).
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
    const response = await fetch(task.url, { signal });
    const body = await response.json();
    return timing({
      ok: response.ok,
      status: response.status,
      error: response.ok ? null : String(body.error ?? `HTTP ${response.status}`),
      delay_ms: typeof body.delay_ms === 'number' ? body.delay_ms : null,
    });
  } catch (error) {
    return timing({ error: signal?.aborted ? 'cancelled' : error instanceof Error ? error.message : String(error) });
  }
}
