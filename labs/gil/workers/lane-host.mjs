// @ts-check
// The harness around a strategy's code, in a worker thread or in a child process: it warms
// the loop up (so V8 has compiled it before the clock starts), says it is ready, waits for the
// go, and reports each finished lane to the parent.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { warmUp } from './work.mjs';

/**
 * What one thread or process is asked to do.
 * @typedef {{ lanes: number[], work: import('./work.mjs').Work, iterationsPerMs: number, go?: SharedArrayBuffer, gil?: SharedArrayBuffer | null }} Assignment
 */

const inChildProcess = isMainThread;

/** @param {unknown} message */
function send(message) {
  if (inChildProcess) process.send?.(message);
  else parentPort?.postMessage(message);
}

/**
 * The next IPC message of `type` from the parent process.
 * @param {string} type
 * @returns {Promise<any>}
 */
function nextMessage(type) {
  return new Promise((resolve) => {
    const listener = (/** @type {any} */ message) => {
      if (message?.type !== type) return;
      process.off('message', listener);
      resolve(message);
    };
    process.on('message', listener);
  });
}

/**
 * Gets this thread's or process's assignment, warms up, reports ready and returns once the
 * parent says go (threads: a flag in shared memory, woken all at once; processes: a message).
 * @returns {Promise<Assignment>}
 */
export async function begin() {
  /** @type {Assignment} */
  const assignment = inChildProcess ? await nextMessage('setup') : workerData;
  warmUp(assignment.iterationsPerMs);
  send({ type: 'ready' });
  if (inChildProcess) await nextMessage('go');
  else if (assignment.go) Atomics.wait(new Int32Array(assignment.go), 0, 0);
  return assignment;
}

/** Sends a finished lane to the parent. */
export function report(/** @type {import('./work.mjs').Lane} */ lane) {
  send({ type: 'lane', lane: lane.result() });
}
