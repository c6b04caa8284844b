// @ts-check
// Runs inside a pool thread (a real OS thread with its own V8 isolate and event loop).
// Piscina gives each thread one task at a time, like a ThreadPoolExecutor worker.
import { threadId } from 'node:worker_threads';
import { timedFetch } from './timed-fetch.mjs';

/**
 * One request on this thread. The lane is the thread's id, so the chart shows which thread
 * did what. `cancel` is shared memory the main thread sets to 1 when the run ends or is
 * cancelled; Atomics.waitAsync wakes us without polling.
 * @param {{ task: import('./types').FetchTask, runStart: number, cancel: SharedArrayBuffer }} job
 */
export default async function fetchOnThisThread({ task, runStart, cancel }) {
  const abort = new AbortController();
  const flag = new Int32Array(cancel);
  const wait = Atomics.waitAsync(flag, 0, 0);
  if (wait.async) wait.value.then(() => abort.abort());
  else abort.abort();
  return timedFetch(task, threadId, runStart, abort.signal);
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
