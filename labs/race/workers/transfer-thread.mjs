// @ts-check
// One thread of the race lab: a real OS thread (with its own V8 isolate) that moves money
// between accounts living in memory shared with every other thread.
import { parentPort, workerData } from 'node:worker_threads';
import { now } from '../../../platform/runs/clock.mjs';
import { lock, unlock } from './atomics-mutex.mjs';
import { ACCOUNTS, MUTEX, arriveAndWait, randomTransfer, shouldStop } from './bank.mjs';

/** @type {{ balances: SharedArrayBuffer, control: SharedArrayBuffer, worker: number, transfers: number, useLock: boolean }} */
const job = workerData;
const balances = new Int32Array(job.balances);
const control = new Int32Array(job.control);

/** The essay's transfer: read, read, write, write. Another thread may run between any two. */
function transfer(
  /** @type {number} */ from,
  /** @type {number} */ to,
  /** @type {number} */ amount,
) {
  const a = balances[from];
  const b = balances[to];
  balances[from] = a - amount;
  balances[to] = b + amount;
}

// What this thread meant to move, in its own memory: the run compares it with the balances
// afterwards to tell how many updates were lost.
const intended = new Array(ACCOUNTS).fill(0);

arriveAndWait(control);
let done = 0;
for (; done < job.transfers && !shouldStop(control, done); done++) {
  const { from, to, amount } = randomTransfer();
  if (job.useLock) lock(control, MUTEX);
  transfer(from, to, amount);
  if (job.useLock) unlock(control, MUTEX);
  intended[from] -= amount;
  intended[to] += amount;
}
parentPort?.postMessage({ worker: job.worker, transfers: done, finished_at: now(), intended });
