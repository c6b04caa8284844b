// @ts-check
// A mutex for threads that share memory, built from Atomics. It is the classic three-state
// futex mutex (Ulrich Drepper, "Futexes Are Tricky"; Rust's std uses the same design on Linux):
// the state is one Int32, and a thread that finds the lock taken sleeps instead of spinning.

const UNLOCKED = 0;
const LOCKED = 1; // held, nobody waiting: unlock need not wake anyone
const CONTENDED = 2; // held, and someone may be asleep waiting for it

/** Takes the lock at `state[index]`, sleeping while another thread holds it. */
export function lock(/** @type {Int32Array} */ state, /** @type {number} */ index) {
  let seen = Atomics.compareExchange(state, index, UNLOCKED, LOCKED);
  if (seen === UNLOCKED) return; // the fast path: no other thread involved
  // Mark the lock contended, then sleep until the holder wakes us and we win the exchange.
  if (seen !== CONTENDED) seen = Atomics.exchange(state, index, CONTENDED);
  while (seen !== UNLOCKED) {
    Atomics.wait(state, index, CONTENDED);
    seen = Atomics.exchange(state, index, CONTENDED);
  }
}

/** Releases the lock, waking one sleeping thread if there may be one. */
export function unlock(/** @type {Int32Array} */ state, /** @type {number} */ index) {
  if (Atomics.exchange(state, index, UNLOCKED) === CONTENDED) Atomics.notify(state, index, 1);
}
