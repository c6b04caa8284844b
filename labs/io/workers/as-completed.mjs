// @ts-check
import { PushQueue } from '../../../platform/runs/push-queue.mjs';

/**
 * Yields each promise's value in the order they settle, like Python's
 * `concurrent.futures.as_completed` (a rejection ends the iteration with that error).
 * @template T
 * @param {Promise<T>[]} promises
 * @returns {AsyncIterable<T>}
 */
export function asCompleted(promises) {
  /** @type {PushQueue<T>} */
  const settled = new PushQueue();
  let left = promises.length;
  if (left === 0) settled.end();
  for (const promise of promises) {
    promise.then(
      (value) => {
        settled.push(value);
        if (--left === 0) settled.end();
      },
      (/** @type {unknown} */ error) => settled.end(error),
    );
  }
  return settled;
}
