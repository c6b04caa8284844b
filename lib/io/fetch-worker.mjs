// @ts-check
// Runs inside a pool thread (a real OS thread with its own V8 isolate and event loop), like a
// ThreadPoolExecutor worker: it takes the next request from the run's queue, waits for it,
// then takes the next, until the queue is empty.
import { threadId } from 'node:worker_threads';
import { timedFetch } from './timed-fetch.mjs';

/** Slots of the run's shared memory: the cancel flag, and the index of the next task. */
const CANCEL = 0;
const NEXT = 1;

/**
 * Works through `tasks`, one request at a time, sharing the queue with the pool's other
 * threads: `Atomics.add` on the shared index hands each task to exactly one thread, without a
 * round trip through the main thread. Each result goes back on `port` as soon as it is in;
 * the lane is this thread's id, so the chart shows which thread did what. The main thread sets
 * the cancel flag when the run ends or is cancelled; Atomics.waitAsync wakes us, no polling.
 * @param {{ tasks: import('./types').FetchTask[], runStart: number, shared: SharedArrayBuffer, port: import('node:worker_threads').MessagePort }} job
 */
export default async function workThroughQueue({ tasks, runStart, shared, port }) {
  const slots = new Int32Array(shared);
  const abort = new AbortController();
  const wait = Atomics.waitAsync(slots, CANCEL, 0);
  if (wait.async) wait.value.then(() => abort.abort());
  else abort.abort();
  for (let i = Atomics.add(slots, NEXT, 1); i < tasks.length && !abort.signal.aborted; i = Atomics.add(slots, NEXT, 1)) {
    port.postMessage(await timedFetch(tasks[i], threadId, runStart, abort.signal));
  }
  port.close();
}

/**
 * Warm-up, run once per thread when a pool is created: wait until every thread holds a
 * warm-up task (so each thread gets exactly one), then make one request, so the HTTP client
 * is loaded and a keep-alive connection is open before anything is measured.
 * @param {{ url: string, barrier: SharedArrayBuffer, threads: number }} job
 */
export async function warm({ url, barrier, threads }) {
  const arrived = new Int32Array(barrier);
  Atomics.add(arrived, 0, 1);
  Atomics.notify(arrived, 0);
  const deadline = Date.now() + 5_000;
  for (let seen = Atomics.load(arrived, 0); seen < threads && Date.now() < deadline; seen = Atomics.load(arrived, 0)) {
    await Atomics.waitAsync(arrived, 0, seen, 100).value;
  }
  await (await fetch(url)).arrayBuffer();
  return threadId;
}
