// @ts-check
// The shared memory of one threads run: written on the main thread through hostQueue (for
// thread-pool.ts), read on each pool thread through joinQueue (for fetch-worker.mjs): four
// Int32 slots, then the run's start time (a Float64 at byte 16).

/** Slot: 1 once the run is over or cancelled. */
const CANCEL = 0;
/** Slot: the index of the next task in the queue. */
export const NEXT = 1;
/** Slot: how many threads hold the run. */
const READY = 2;
/** Slot: 1 once the queue is open (the clock has started). */
const OPEN = 3;

/** A fresh block of shared memory for one run. */
const newRunMemory = () => new SharedArrayBuffer(24);

/** The run's four Int32 slots. */
export const slotsOf = (/** @type {SharedArrayBuffer} */ shared) => new Int32Array(shared, 0, 4);

/** The run's start, in ms on the process-wide clock; the main thread writes it before opening the queue. */
const startTimeOf = (/** @type {SharedArrayBuffer} */ shared) => new Float64Array(shared, 16, 1);

/**
 * A pool thread's side of a run: it says it holds the run, waits until the main thread opens
 * the queue (the clock has started), then takes task indices with `Atomics.add`, so each task
 * goes to exactly one thread without a round trip through the main thread. The main thread sets
 * the cancel slot when the run ends or is cancelled; `Atomics.waitAsync` then aborts `signal`
 * (no polling), which stops a request in flight.
 * @param {SharedArrayBuffer} shared
 */
export async function joinQueue(shared) {
  const slots = slotsOf(shared);
  const abort = new AbortController();
  const cancel = Atomics.waitAsync(slots, CANCEL, 0);
  if (cancel.async) cancel.value.then(() => abort.abort());
  else abort.abort();
  Atomics.add(slots, READY, 1);
  Atomics.notify(slots, READY);
  const open = Atomics.waitAsync(slots, OPEN, 0);
  if (open.async) await open.value;
  return {
    runStart: startTimeOf(shared)[0],
    signal: abort.signal,
    take: () => Atomics.add(slots, NEXT, 1),
    cancelled: () => Atomics.load(slots, CANCEL) !== 0,
  };
}

/**
 * The main thread's side of a run: a fresh block of shared memory, and the flags it sets.
 * A cancelled run (`signal`) also opens the queue, so threads still waiting for it wake up
 * and leave; `close()` ends the run for the threads and drops the abort listener.
 * @param {AbortSignal} signal
 */
export function hostQueue(signal) {
  const shared = newRunMemory();
  const slots = slotsOf(shared);
  const raise = (/** @type {number} */ slot) => {
    Atomics.store(slots, slot, 1);
    Atomics.notify(slots, slot);
  };
  const stop = () => (raise(CANCEL), raise(OPEN));
  signal.addEventListener('abort', stop, { once: true });
  // The run may have been cancelled while the pool was being created and warmed.
  if (signal.aborted) stop();
  return {
    shared,
    /**
     * Resolves once `count` threads hold the run, or `givenUp()` says one never will.
     * @param {number} count
     * @param {() => boolean} givenUp
     */
    async allHold(count, givenUp) {
      for (
        let seen = Atomics.load(slots, READY);
        seen < count && !givenUp();
        seen = Atomics.load(slots, READY)
      ) {
        await Atomics.waitAsync(slots, READY, seen, 50).value;
      }
    },
    /** Writes the run's start time, then lets every thread take tasks. @param {number} startTime */
    open(startTime) {
      startTimeOf(shared)[0] = startTime;
      raise(OPEN);
    },
    /** How many tasks threads have taken from the queue (at most `total`). @param {number} total */
    taken: (total) => Math.min(Atomics.load(slots, NEXT), total),
    close() {
      stop();
      signal.removeEventListener('abort', stop);
    },
  };
}
