// @ts-check
// The race lab's async strategy: `tasks` async tasks on this one thread's event loop, moving
// money between the same shared accounts. Only one task runs at a time, and the loop switches
// tasks only at an `await`.
import { setImmediate as eventLoopTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { now } from '../../../platform/runs/clock.mjs';
import { AsyncMutex } from './async-mutex.mjs';
import { ACCOUNTS, arriveAndWait, randomTransfer, shouldStop } from './bank.mjs';

/** @type {{ balances: SharedArrayBuffer, control: SharedArrayBuffer, tasks: number[], useLock: boolean, yieldBetween: boolean }} */
const job = workerData;
const balances = new Int32Array(job.balances);
const control = new Int32Array(job.control);
const mutex = new AsyncMutex();

/** The same read, read, write, write; with `yieldBetween`, a round trip to the loop in the middle. */
async function transfer(
  /** @type {number} */ from,
  /** @type {number} */ to,
  /** @type {number} */ amount,
) {
  const a = balances[from];
  const b = balances[to];
  // Like awaiting a database query: every other task may run before we continue.
  if (job.yieldBetween) await eventLoopTurn();
  balances[from] = a - amount;
  balances[to] = b + amount;
}

/** One task: its share of the transfers, each under the async lock when `useLock`. */
async function transferTask(/** @type {number} */ worker, /** @type {number} */ transfers) {
  const intended = new Array(ACCOUNTS).fill(0);
  let done = 0;
  for (; done < transfers && !shouldStop(control, done); done++) {
    const { from, to, amount } = randomTransfer();
    const release = job.useLock ? await mutex.lock() : null;
    await transfer(from, to, amount);
    release?.();
    intended[from] -= amount;
    intended[to] += amount;
  }
  parentPort?.postMessage({ worker, transfers: done, finished_at: now(), intended });
}

arriveAndWait(control);
await Promise.all(job.tasks.map((transfers, worker) => transferTask(worker, transfers)));
