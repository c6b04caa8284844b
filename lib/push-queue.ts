/**
 * An async iterable that values are pushed into: the consumer gets them in order, then the
 * end, or the error given to `end` once every value before it has been taken.
 *
 * Why not a library: a run's events pass through two of these while the run is measured, one
 * per request, and inside Next.js every promise is tracked by AsyncLocalStorage's hooks.
 * @repeaterjs/repeater (used by the labs, whose events are few) costs ~8 ms of CPU per 1,000
 * values there, this ~1 ms; it-pushable is as fast but drops the values still waiting when
 * it ends with an error.
 */
export class PushQueue<T> implements AsyncIterableIterator<T> {
  private readonly values: T[] = [];
  private waiting: { resolve: (result: IteratorResult<T>) => void; reject: (error: unknown) => void } | null = null;
  private ended = false;
  private failure: { error: unknown } | null = null;

  /**
   * @param onReturn called when the consumer stops early (`return()`, e.g. a `break`);
   * `return()` resolves once the promise it gives has settled.
   */
  constructor(private readonly onReturn: () => void | Promise<unknown> = () => {}) {}

  /** Hands `value` to the waiting consumer, or keeps it for the next `next()`. Ignored after the end. */
  push(value: T): void {
    if (this.ended) return;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = null;
      resolve({ value, done: false });
    } else this.values.push(value);
  }

  /** No more values; with `error`, the iteration throws it after the values before it. */
  end(error?: unknown): void {
    if (this.ended) return;
    this.ended = true;
    if (error !== undefined) this.failure = { error };
    if (this.waiting && this.values.length === 0) this.settle(this.waiting);
  }

  /** Ends when `producer` settles: done when it resolves, with its error when it rejects. */
  endWith(producer: Promise<unknown>): Promise<void> {
    return producer.then(
      () => this.end(),
      (error: unknown) => this.end(error),
    );
  }

  next(): Promise<IteratorResult<T>> {
    if (this.values.length > 0) return Promise.resolve({ value: this.values.shift() as T, done: false });
    return new Promise((resolve, reject) => {
      if (this.ended) this.settle({ resolve, reject });
      else this.waiting = { resolve, reject };
    });
  }

  async return(): Promise<IteratorResult<T>> {
    const stoppedEarly = !this.ended;
    this.values.length = 0;
    this.ended = true;
    this.failure = null;
    if (stoppedEarly) await this.onReturn();
    // A next() still waiting ends only now, so whoever reads its end knows the producer is done.
    if (this.waiting) this.settle(this.waiting);
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  /** The end, for a consumer that has taken every value: done, or the error (thrown once). */
  private settle({ resolve, reject }: NonNullable<PushQueue<T>['waiting']>) {
    this.waiting = null;
    const failure = this.failure;
    this.failure = null;
    if (failure) reject(failure.error);
    else resolve({ value: undefined, done: true });
  }
}
