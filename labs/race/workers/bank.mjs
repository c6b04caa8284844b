// @ts-check
// The bank every race runner shares: its size, how a random transfer is drawn, and the start
// barrier. Plain JavaScript because worker threads import it.

/** Accounts in the bank. Few accounts make two transfers touching the same one likely. */
export const ACCOUNTS = 8;
/** A transfer moves 1..MAX_AMOUNT; the lost-update bound relies on this maximum. */
export const MAX_AMOUNT = 100;

// Int32 slots of the control array shared between the main thread and the workers.
/** How many workers are waiting at the barrier. */
export const READY = 0;
/** 0 until the main thread releases every worker at once. */
export const GO = 1;
/** Set to 1 when the run has taken too long (or was cancelled): workers stop between transfers. */
export const STOP = 2;
/** The Atomics mutex's state (see atomics-mutex.mjs). */
export const MUTEX = 3;
export const CONTROL_SLOTS = 4;

/** Two different random accounts and a random amount. */
export function randomTransfer() {
  const from = Math.floor(Math.random() * ACCOUNTS);
  const to = (from + 1 + Math.floor(Math.random() * (ACCOUNTS - 1))) % ACCOUNTS;
  const amount = 1 + Math.floor(Math.random() * MAX_AMOUNT);
  return { from, to, amount };
}

/**
 * The start barrier, on a worker thread: count this thread as ready, then block until the
 * main thread says go, so that every thread starts transferring at the same moment.
 * @param {Int32Array} control
 */
export function arriveAndWait(control) {
  Atomics.add(control, READY, 1);
  Atomics.notify(control, READY);
  Atomics.wait(control, GO, 0);
}

/** True (checked every 1024 transfers, to keep it out of the hot loop) once the run must stop. */
export function shouldStop(/** @type {Int32Array} */ control, /** @type {number} */ done) {
  return (done & 1023) === 0 && Atomics.load(control, STOP) === 1;
}
