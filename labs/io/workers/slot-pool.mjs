// @ts-check

/**
 * At most `size` holders at a time, like `asyncio.Semaphore(size)`, except that each holder
 * gets a numbered slot, so a chart can draw one lane per slot.
 */
export class SlotPool {
  /** @type {number[]} */
  #free;
  /** @type {((slot: number) => void)[]} */
  #waiting = [];

  /** @param {number} size */
  constructor(size) {
    // Reversed so that pop() hands out the lowest slot first.
    this.#free = Array.from({ length: size }, (_, i) => size - 1 - i);
  }

  /** A free slot, waiting for one to be released if all are taken. @returns {Promise<number>} */
  acquire() {
    const slot = this.#free.pop();
    return slot === undefined
      ? new Promise((resolve) => this.#waiting.push(resolve))
      : Promise.resolve(slot);
  }

  /** Gives the slot to the longest waiter, or back to the pool. @param {number} slot */
  release(slot) {
    const next = this.#waiting.shift();
    if (next) next(slot);
    else this.#free.push(slot);
  }
}
