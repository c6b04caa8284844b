// @ts-check
// Runs inside a pool thread (a real OS thread with its own V8 isolate and event loop), like a
// ThreadPoolExecutor worker: it takes the next request from the run's queue, waits for it,
// then takes the next, until the queue is empty.
import { threadId } from 'node:worker_threads';
import { joinQueue } from './run-memory.mjs';
import { timedFetch } from './timed-fetch.mjs';

/**
 * Works through `tasks`, one request at a time, sharing the queue with the pool's other
 * threads: each `take()` hands the next task to exactly this thread. `joinQueue` waits, as an
 * idle ThreadPoolExecutor worker waits on an empty queue, until the run's clock starts, so all
 * threads start together. Each result goes back on `port` as soon as it is in; the lane is
 * this thread's id, so the chart shows which thread did what.
 * @param {{ tasks: import('../contract').FetchTask[], shared: SharedArrayBuffer, port: import('node:worker_threads').MessagePort }} job
 */
export default async function workThroughQueue({ tasks, shared, port }) {
  const queue = await joinQueue(shared);
  for (let i = queue.take(); i < tasks.length && !queue.cancelled(); i = queue.take()) {
    port.postMessage(await timedFetch(tasks[i], threadId, queue.runStart, queue.signal));
  }
  port.close();
}
