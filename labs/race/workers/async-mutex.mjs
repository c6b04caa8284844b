// @ts-check
// A lock for async tasks on one event loop, like asyncio.Lock: no atomics are needed, because
// tasks only switch at an await. Each lock() waits for the previous holder's release, in order.

export class AsyncMutex {
  /** @type {Promise<unknown>} Settles when the last holder (or waiter) in line releases the lock. */
  #last = Promise.resolve();

  /**
   * Waits for the lock, and resolves to the function that releases it.
   * @returns {Promise<() => void>}
   */
  lock() {
    /** @type {() => void} */
    let release = () => {};
    const released = new Promise((resolve) => (release = () => resolve(undefined)));
    const turn = this.#last.then(() => release);
    this.#last = released;
    return turn;
  }
}
