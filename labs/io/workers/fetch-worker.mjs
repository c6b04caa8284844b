// @ts-check
// Runs inside a pool thread (a real OS thread with its own V8 isolate and event loop), like a
// ThreadPoolExecutor worker: it takes the next request from the run's queue, waits for it,
// then takes the next, until the queue is empty.
import { threadId } from 'node:worker_threads';
import { getJson } from './get-json.mjs';
import { CANCEL, NEXT, OPEN, READY, slotsOf, startTimeOf } from './run-memory.mjs';
import { timedFetch } from './timed-fetch.mjs';

/**
 * Works through `tasks`, one request at a time, sharing the queue with the pool's other
 * threads: `Atomics.add` on the shared index hands each task to exactly one thread, without a
 * round trip through the main thread. Like an idle ThreadPoolExecutor worker blocked on an
 * empty queue, the thread first waits until the main thread opens the queue (which is when the
 * run's clock starts), so all threads start together instead of one message after another.
 * Each result goes back on `port` as soon as it is in; the lane is this thread's id, so the
 * chart shows which thread did what. The main thread sets the cancel flag when the run ends or
 * is cancelled; Atomics.waitAsync wakes us, no polling.
 * @param {{ tasks: import('../contract').FetchTask[], shared: SharedArrayBuffer, port: import('node:worker_threads').MessagePort }} job
 */
export default async function workThroughQueue({ tasks, shared, port }) {
  const slots = slotsOf(shared);
  const abort = new AbortController();
  const wait = Atomics.waitAsync(slots, CANCEL, 0);
  if (wait.async) wait.value.then(() => abort.abort());
  else abort.abort();
  Atomics.add(slots, READY, 1);
  Atomics.notify(slots, READY);
  const open = Atomics.waitAsync(slots, OPEN, 0);
  if (open.async) await open.value;
  const runStart = startTimeOf(shared)[0];
  const cancelled = () => Atomics.load(slots, CANCEL) !== 0;
  for (
    let i = Atomics.add(slots, NEXT, 1);
    i < tasks.length && !cancelled();
    i = Atomics.add(slots, NEXT, 1)
  ) {
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
  for (
    let seen = Atomics.load(arrived, 0);
    seen < threads && Date.now() < deadline;
    seen = Atomics.load(arrived, 0)
  ) {
    await Atomics.waitAsync(arrived, 0, seen, 100).value;
  }
  // The same client as the measured requests: loading a second one (the global fetch) would
  // double what each new thread costs the CPUs that running experiments are measured on.
  await getJson(url);
  return threadId;
}
