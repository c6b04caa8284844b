// @ts-check
// Plain JavaScript because the event-loop thread (labs/io/workers/loop-thread.mjs) imports it too.

/**
 * An async iterable that values are pushed into: the consumer gets them in order, then the
 * end, or the error given to `end` once every value before it has been taken.
 *
 * Why not a library: a run's events pass through two of these while the run is measured, one
 * per request, and inside Next.js every promise is tracked by AsyncLocalStorage's hooks.
 * @repeaterjs/repeater costs ~8 ms of CPU per 1,000 values there, this ~1 ms; it-pushable is
 * as fast but drops the values still waiting when it ends with an error.
 * @template T
 * @implements {AsyncIterableIterator<T>}
 */
export class PushQueue {
  /** @type {T[]} */
  #values = [];
  /** @type {{ resolve: (result: IteratorResult<T>) => void, reject: (error: unknown) => void } | null} */
  #waiting = null;
  #ended = false;
  /** @type {{ error: unknown } | null} */
  #failure = null;
  /** @type {() => void | Promise<unknown>} */
  #onReturn;

  /**
   * @param {() => void | Promise<unknown>} [onReturn] called when the consumer stops early
   * (`return()`, e.g. a `break`); `return()` resolves once the promise it gives has settled.
   */
  constructor(onReturn = () => {}) {
    this.#onReturn = onReturn;
  }

  /** Hands `value` to the waiting consumer, or keeps it for the next `next()`. Ignored after the end. @param {T} value */
  push(value) {
    if (this.#ended) return;
    if (this.#waiting) {
      const { resolve } = this.#waiting;
      this.#waiting = null;
      resolve({ value, done: false });
    } else this.#values.push(value);
  }

  /** No more values; with `error`, the iteration throws it after the values before it. @param {unknown} [error] */
  end(error) {
    if (this.#ended) return;
    this.#ended = true;
    if (error !== undefined) this.#failure = { error };
    if (this.#waiting && this.#values.length === 0) this.#settle(this.#waiting);
  }

  /** Ends when `producer` settles: done when it resolves, with its error when it rejects. @param {Promise<unknown>} producer */
  endWith(producer) {
    return producer.then(
      () => this.end(),
      (/** @type {unknown} */ error) => this.end(error),
    );
  }

  /** @returns {Promise<IteratorResult<T>>} */
  next() {
    if (this.#values.length > 0)
      return Promise.resolve({ value: /** @type {T} */ (this.#values.shift()), done: false });
    return new Promise((resolve, reject) => {
      if (this.#ended) this.#settle({ resolve, reject });
      else this.#waiting = { resolve, reject };
    });
  }

  /** @returns {Promise<IteratorResult<T>>} */
  async return() {
    const stoppedEarly = !this.#ended;
    this.#values.length = 0;
    this.#ended = true;
    this.#failure = null;
    if (stoppedEarly) await this.#onReturn();
    // A next() still waiting ends only now, so whoever reads its end knows the producer is done.
    if (this.#waiting) this.#settle(this.#waiting);
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /**
   * The end, for a consumer that has taken every value: done, or the error (thrown once).
   * @param {{ resolve: (result: IteratorResult<T>) => void, reject: (error: unknown) => void }} waiter
   */
  #settle({ resolve, reject }) {
    this.#waiting = null;
    const failure = this.#failure;
    this.#failure = null;
    if (failure) reject(failure.error);
    else resolve({ value: undefined, done: true });
  }
}

/**
 * A run's event stream: `produce(push, stopped)` starts on the first `next()` (a stream never
 * read starts nothing), pushes events, and the stream ends when it settles: done when it
 * resolves, with its error (after the events before it) when it rejects. `stopped` resolves
 * if the reader stops early; the reader's `return()` waits until `produce` has settled, so
 * whatever the run started is released before the response ends.
 * @template T
 * @param {(push: (value: T) => void, stopped: Promise<void>) => Promise<void>} produce
 * @returns {AsyncIterableIterator<T> & { return(): Promise<IteratorResult<T>> }}
 */
export function pushStream(produce) {
  /** @type {() => void} */
  let stop = () => {};
  /** @type {Promise<void>} */
  const stopped = new Promise((resolve) => (stop = resolve));
  /** @type {Promise<unknown>} */
  let finished = Promise.resolve();
  /** @type {PushQueue<T> | null} */
  let queue = null;
  const started = () => {
    if (!queue) {
      const values = new PushQueue(() => (stop(), finished));
      queue = values;
      finished = values.endWith(
        Promise.resolve().then(() => produce((value) => values.push(value), stopped)),
      );
    }
    return queue;
  };
  return {
    next: () => started().next(),
    return: () => {
      stop();
      return queue ? queue.return() : Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
