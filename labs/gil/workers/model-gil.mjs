// @ts-check
// A MODEL of CPython's GIL, for Node worker threads (Node itself has no GIL: each worker is a
// separate V8 isolate and they run in parallel). It is a lock in shared memory that a thread
// must hold to compute and must offer up every switch interval when another thread waits.
// Turns are handed out in order (a ticket lock), so threads take turns as under CPython ≥ 3.2,
// where a waiting thread asks for the GIL after one interval and the holder hands it over.

const NEXT_TICKET = 0;
const NOW_SERVING = 1;

export class ModelGil {
  /** Shared memory for one lock; pass it to every thread that shares the GIL. */
  static memory() {
    return new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT);
  }

  constructor(/** @type {SharedArrayBuffer} */ memory) {
    this.cells = new Int32Array(memory);
  }

  /** Waits (asleep, not spinning) until it is this thread's turn. */
  acquire() {
    const ticket = Atomics.add(this.cells, NEXT_TICKET, 1);
    for (let serving = Atomics.load(this.cells, NOW_SERVING); serving !== ticket; serving = Atomics.load(this.cells, NOW_SERVING)) {
      Atomics.wait(this.cells, NOW_SERVING, serving);
    }
  }

  /** Hands the lock to the next thread in line. */
  release() {
    Atomics.add(this.cells, NOW_SERVING, 1);
    Atomics.notify(this.cells, NOW_SERVING);
  }

  /** At the end of a switch interval: if another thread is waiting, go to the back of the line. */
  offer() {
    const waiting = Atomics.load(this.cells, NEXT_TICKET) - Atomics.load(this.cells, NOW_SERVING) - 1;
    if (waiting > 0) {
      this.release();
      this.acquire();
    }
  }
}
