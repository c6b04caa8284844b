// @ts-check
// The shared memory of one threads run, read and written by labs/io/workers/thread-pool.ts on the main
// thread and, through joinQueue, by labs/io/workers/fetch-worker.mjs on each pool thread: four Int32
// slots, then the run's start time (a Float64 at byte 16).

/** Slot: 1 once the run is over or cancelled. */
export const CANCEL = 0;
/** Slot: the index of the next task in the queue. */
export const NEXT = 1;
/** Slot: how many threads hold the run. */
export const READY = 2;
/** Slot: 1 once the queue is open (the clock has started). */
export const OPEN = 3;

/** A fresh block of shared memory for one run. */
export const newRunMemory = () => new SharedArrayBuffer(24);

/** The run's four Int32 slots. */
export const slotsOf = (/** @type {SharedArrayBuffer} */ shared) => new Int32Array(shared, 0, 4);

/** The run's start, in ms on the process-wide clock; the main thread writes it before opening the queue. */
export const startTimeOf = (/** @type {SharedArrayBuffer} */ shared) => new Float64Array(shared, 16, 1);

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
