// @ts-check
// The work every node-engine strategy runs: a calibrated CPU loop, timed in small chunks.
// The same loop and the same bookkeeping as labs/gil/workers/work.py, so the engines compare.
//
// A lane is one task's work. It reads the clock between chunks of about CHUNK_MS;
// consecutive chunks that ran on time merge into runs [start_ms, end_ms]. A chunk that took
// longer than expected by more than GAP_MS is left out of the runs: somewhere inside it the
// thread stopped computing (it lost the CPU, or waited for the model GIL).
import { threadId } from 'node:worker_threads';

export const CHUNK_MS = 0.25;
export const GAP_MS = 0.5;

/** Milliseconds on CLOCK_MONOTONIC: one clock for every thread and process of the machine. */
export const monoMs = () => Number(process.hrtime.bigint()) / 1e6;

/**
 * The CPU work: a linear congruential generator, one multiply-add a step (the same sequence
 * as the Python version's).
 * @param {number} iterations
 * @param {number} [x]
 */
export function burn(iterations, x = 1) {
  for (let i = 0; i < iterations; i++) x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
  return x;
}

/**
 * Iterations of burn() per ms: the median of many short trials, which a trial slowed down by
 * other work (or sped up by a moment of turbo) does not move. Let V8 optimise the loop first.
 */
export function calibrate(trialMs = 2, trials = 25) {
  let iterations = 1000;
  for (;;) {
    const start = monoMs();
    burn(iterations);
    if (monoMs() - start >= trialMs) break;
    iterations *= 2;
  }
  const rates = [];
  for (let i = 0; i < trials; i++) {
    const start = monoMs();
    burn(iterations);
    rates.push(iterations / (monoMs() - start));
  }
  return rates.sort((a, b) => a - b)[Math.floor(trials / 2)];
}

/** Runs the loop for about `ms`, so that V8 has optimised it before anything is measured. */
export function warmUp(/** @type {number} */ iterationsPerMs, ms = 15) {
  return burn(Math.round(iterationsPerMs * ms));
}

/** @typedef {{ iterations: number, chunk: number, chunkMs: number, sliceMs: number }} Work */
/** @typedef {{ lane: number, pid: number, thread_id: number, runs: [number, number][], end: number }} LaneResult */

/**
 * What one lane computes: `workMs` of iterations in chunks, handing over every `sliceMs`.
 * @returns {Work}
 */
export function planWork(/** @type {number} */ workMs, /** @type {number} */ iterationsPerMs, /** @type {number} */ sliceMs) {
  const chunk = Math.max(1, Math.round(CHUNK_MS * iterationsPerMs));
  return { iterations: Math.max(1, Math.round(workMs * iterationsPerMs)), chunk, chunkMs: chunk / iterationsPerMs, sliceMs };
}

/** One task's work, and when it actually ran. */
export class Lane {
  /** @type {[number, number][]} */
  runs = [];
  /** @type {[number, number] | undefined} */
  last;
  end = Number.NaN;

  constructor(/** @type {number} */ lane, /** @type {Work} */ work) {
    this.lane = lane;
    this.work = work;
  }

  /** @param {number} start @param {number} end */
  record(start, end) {
    if (end - start > this.work.chunkMs + GAP_MS) this.last = undefined; // stopped computing inside
    else if (this.last && start - this.last[1] <= GAP_MS) this.last[1] = end;
    else this.runs.push((this.last = [start, end]));
    this.end = end;
  }

  /** Computes the work, yielding each time another `sliceMs` of it has run. */
  *slices() {
    const work = this.work;
    let done = 0;
    let x = 1;
    let start = monoMs();
    let sliceStart = start;
    while (done < work.iterations) {
      const step = Math.min(work.chunk, work.iterations - done);
      x = burn(step, x);
      done += step;
      const end = monoMs();
      this.record(start, end);
      start = end;
      if (end - sliceStart >= work.sliceMs && done < work.iterations) {
        yield;
        start = sliceStart = monoMs();
      }
    }
    return x;
  }

  /** @returns {LaneResult} */
  result() {
    return { lane: this.lane, pid: process.pid, thread_id: threadId, runs: this.runs, end: this.end };
  }
}

/** One lane, computed straight through, with no one to hand over to. */
export function runLane(/** @type {number} */ id, /** @type {Work} */ work) {
  const lane = new Lane(id, work);
  for (const _ of lane.slices()) continue;
  return lane;
}
