// @ts-check
// Run once per thread when an I/O thread pool is created (labs/io/engine/thread-pools.ts), before
// any run: the threads' HTTP client is loaded and connected before anything is measured.
import { threadId } from 'node:worker_threads';
import { getJson } from './get-json.mjs';

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
