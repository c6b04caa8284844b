// @ts-check
// One 'abort' listener per signal, however many requests share it: a run hands its one signal
// to up to 1000 requests at once, and adding a listener to an AbortSignal costs ~20 µs on this
// server: 20 ms of a 1000-request run, spent on the loop being measured.

/** @typedef {(reason: Error) => void} Abort */

/** @type {WeakMap<AbortSignal, Set<Abort>>} */
const inFlight = new WeakMap();

/**
 * The set of aborts to call with "cancelled" when `signal` fires, created (with its one
 * listener) on first use. Add a request's abort when it starts and delete it when it ends.
 * @param {AbortSignal} signal
 * @returns {Set<Abort>}
 */
export function abortsOf(signal) {
  let aborts = inFlight.get(signal);
  if (!aborts) {
    const set = /** @type {Set<Abort>} */ (new Set());
    signal.addEventListener('abort', () => set.forEach((abort) => abort(new Error('cancelled'))), {
      once: true,
    });
    inFlight.set(signal, set);
    aborts = set;
  }
  return aborts;
}
