// @ts-check
// The shared memory of one threads run, read and written by labs/io/workers/thread-pool.ts on the main
// thread and labs/io/workers/fetch-worker.mjs on each pool thread: four Int32 slots, then the run's
// start time (a Float64 at byte 16).

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
