import { FixedBuffer, Repeater } from '@repeaterjs/repeater';

/**
 * Yields each promise's value in the order they settle, like Python's
 * `concurrent.futures.as_completed` (a rejection ends the iteration with that error).
 */
export function asCompleted<T>(promises: Promise<T>[]): AsyncIterable<T> {
  return new Repeater<T>(async (push, stop) => {
    let left = promises.length;
    if (left === 0) stop();
    for (const promise of promises) {
      promise.then(
        (value) => {
          push(value);
          if (--left === 0) stop();
        },
        (error) => stop(error),
      );
    }
    await stop;
  }, new FixedBuffer(Math.max(1, promises.length)));
}
