import { PushQueue } from '@/lib/push-queue';

/**
 * Yields each promise's value in the order they settle, like Python's
 * `concurrent.futures.as_completed` (a rejection ends the iteration with that error).
 */
export function asCompleted<T>(promises: Promise<T>[]): AsyncIterable<T> {
  const settled = new PushQueue<T>();
  let left = promises.length;
  if (left === 0) settled.end();
  for (const promise of promises) {
    promise.then(
      (value) => {
        settled.push(value);
        if (--left === 0) settled.end();
      },
      (error: unknown) => settled.end(error),
    );
  }
  return settled;
}
