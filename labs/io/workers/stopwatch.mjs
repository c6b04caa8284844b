// @ts-check
import { now } from '../../../platform/runs/clock.mjs';

/** @typedef {import('../contract').RunClock} RunClock */

/**
 * A run's clock (see RunClock in types.ts). Times are on the clock every thread of the process
 * shares, so a clock started on the event-loop thread can be copied onto the main thread.
 * @implements {RunClock}
 */
export class Stopwatch {
  origin = Number.NaN;
  end = Number.NaN;
  /** @type {(origin: number) => void} */
  #onStart;

  /** @param {(origin: number) => void} [onStart] called once, when the clock starts */
  constructor(onStart = () => {}) {
    this.#onStart = onStart;
  }

  start(at = now()) {
    if (!Number.isNaN(this.origin)) return;
    this.origin = at;
    this.#onStart(at);
  }

  stop(at = now()) {
    if (Number.isNaN(this.end)) this.end = at;
  }
}
