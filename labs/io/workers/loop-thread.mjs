// @ts-check
// The event loop that the sequential and async strategies run on: a thread of its own that
// does nothing else, like the essay's client script running its own asyncio loop. The web
// server's loop only relays what this one measures, so serving pages and streaming results to
// readers is not timed as part of a run.
import { parentPort } from 'node:worker_threads';
import { asyncGather } from './async-gather.mjs';
import { sequential } from './sequential.mjs';
import { Stopwatch } from './stopwatch.mjs';

/** @typedef {import('../contract').RequestTiming} RequestTiming */
/** @typedef {{ strategy: 'sequential' | 'async', plan: import('../contract').FetchPlan, port: import('node:worker_threads').MessagePort }} LoopRun */

const strategies = { sequential, async: asyncGather };

parentPort?.on('message', (/** @type {LoopRun} */ run) => void runOnThisLoop(run));

/**
 * Runs one plan and reports on its own port: `{ started }`, then `{ timings }` (each batch the
 * requests that completed in one turn of this loop), then `{ ended }` or `{ error }`. A
 * message sent to the port cancels the run.
 * @param {LoopRun} run
 */
async function runOnThisLoop({ strategy, plan, port }) {
  const abort = new AbortController();
  port.once('message', () => abort.abort());
  const clock = new Stopwatch((started) => port.postMessage({ started }));
  /** @type {RequestTiming[]} */
  let batch = [];
  /** @type {NodeJS.Immediate | undefined} */
  let flushing;
  // One message per loop turn, not per request: a burst of 1000 answers arrives in a few turns.
  const flush = () => {
    clearImmediate(flushing);
    flushing = undefined;
    if (batch.length > 0) port.postMessage({ timings: batch });
    batch = [];
  };
  try {
    for await (const timing of strategies[strategy](plan, clock, abort.signal)) {
      batch.push(timing);
      flushing ??= setImmediate(flush);
    }
    clock.stop();
    flush();
    port.postMessage({ ended: clock.end });
  } catch (error) {
    flush();
    port.postMessage({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    port.close();
  }
}
