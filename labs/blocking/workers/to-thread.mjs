// @ts-check
// `await toThread(fn, ...args)`: call a blocking function on another thread and await its
// result, like Python's `asyncio.to_thread`. A thread cannot be handed a function, so the
// executor thread runs one of blocking-call.mjs's exports, chosen by name.
import { Worker } from 'node:worker_threads';

/** @type {Worker | undefined} */
let executor;
let nextCall = 0;
/** @type {Map<number, { resolve: (value: unknown) => void, reject: (error: Error) => void }>} */
const pending = new Map();

/**
 * Starts the executor thread. Python creates its executor's threads on first use, cheaply;
 * a Node worker takes ~20–30 ms to start, so it is started before the run's clock does.
 */
export async function openExecutor() {
  const thread = new Worker(new URL('./executor-thread.mjs', import.meta.url), { name: 'to-thread executor' });
  await new Promise((resolve, reject) => {
    thread.once('message', resolve);
    thread.once('error', reject);
  });
  thread.on('message', (/** @type {{ id: number, value?: unknown, error?: string }} */ { id, value, error }) => {
    const call = pending.get(id);
    pending.delete(id);
    if (error === undefined) call?.resolve(value);
    else call?.reject(new Error(error));
  });
  executor = thread;
}

/**
 * Runs `fn(...args)` on the executor thread; resolves with its return value.
 * @template {(...args: any[]) => unknown} F
 * @param {F} fn an export of blocking-call.mjs
 * @param {Parameters<F>} args
 * @returns {Promise<ReturnType<F>>}
 */
export function toThread(fn, ...args) {
  if (!executor) return Promise.reject(new Error('openExecutor() first'));
  const id = nextCall++;
  const thread = executor;
  return /** @type {Promise<ReturnType<F>>} */ (
    new Promise((resolve, reject) => {
      pending.set(id, { resolve: /** @type {(value: unknown) => void} */ (resolve), reject });
      thread.postMessage({ id, name: fn.name, args });
    })
  );
}

/** Stops the executor thread. */
export async function closeExecutor() {
  await executor?.terminate();
  executor = undefined;
}
