// @ts-check

/** @typedef {import('../contract').LagSample} LagSample */

const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;

/**
 * Measures how late this thread's event loop runs a timer: a timer is due every `intervalMs`,
 * and each sample says how long after that it actually ran. A free loop is ~1 ms late; a
 * blocked loop runs the timer only once the blocking call has returned.
 * @param {number} origin `performance.now()` when the run's clock started
 * @param {(sample: LagSample) => void} onSample
 * @param {number} intervalMs
 * @returns {() => Promise<void>} stops the ticker after one last tick, which records how late
 *   the loop is right now (without it, a block that ends the run would go unmeasured)
 */
export function startLagTicker(origin, onSample, intervalMs) {
  let due = performance.now() + intervalMs;
  /** @type {(() => void) | undefined} */
  let stopped;
  const tick = () => {
    const ranAt = performance.now();
    onSample({ t_ms: round(ranAt - origin), lag_ms: round(Math.max(0, ranAt - due)) });
    due = ranAt + intervalMs;
    if (stopped) stopped();
    else timer = setTimeout(tick, intervalMs);
  };
  let timer = setTimeout(tick, intervalMs);
  return () =>
    new Promise((resolve) => {
      stopped = () => resolve();
      // A tick that is not due yet is not waited for: it could only report "on time".
      if (performance.now() < due) {
        clearTimeout(timer);
        resolve();
      }
    });
}
