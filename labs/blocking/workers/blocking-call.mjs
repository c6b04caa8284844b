// @ts-check

/**
 * Python's `time.sleep(seconds)`, in milliseconds: the thread really sleeps in the kernel (a
 * futex wait that nobody wakes, so it times out), it does not spin. Nothing else can run on
 * this thread meanwhile, and that includes its event loop.
 * @param {number} ms
 */
export function blockingSleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
