// @ts-check
// One blocking experiment, run on this worker thread's own event loop: whatever the tasks do
// to this loop, the server's main loop (and every other reader of the site) does not notice.
import { parentPort, workerData } from 'node:worker_threads';
import { startLagTicker } from './lag-ticker.mjs';
import { closeExecutor, openExecutor } from './to-thread.mjs';

/** @typedef {(id: number, times: { delayMs: number, blockMs: number }) => Promise<void>} Task */
/** @typedef {import('../contract').LagSample} LagSample */

/** @type {Record<import('../contract').BlockingMode, () => Promise<{ task: Task }>>} */
const modes = {
  'await-sleep': () => import('./await-sleep.mjs'),
  'blocking-sleep': () => import('./blocking-sleep.mjs'),
  offloaded: () => import('./offloaded.mjs'),
};

/** @type {{ mode: import('../contract').BlockingMode, tasks: number, delayMs: number, blockMs: number, tickMs: number }} */
const { mode, tasks, delayMs, blockMs, tickMs } = workerData;
const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;

const { task } = await modes[mode]();
if (mode === 'offloaded') await openExecutor();

// Lag samples leave in small batches, but a late one (the loop was blocked) leaves at once.
/** @type {LagSample[]} */
let batch = [];
const flush = () => {
  if (batch.length > 0) port.postMessage({ type: 'lag', samples: batch });
  batch = [];
};

const origin = performance.now();
port.postMessage({ type: 'start' });
const stopTicker = startLagTicker(
  origin,
  (sample) => {
    batch.push(sample);
    if (batch.length >= 10 || sample.lag_ms >= 5 * tickMs) flush();
  },
  tickMs,
);
await Promise.all(
  Array.from({ length: tasks }, async (_, id) => {
    const start = performance.now();
    await task(id, { delayMs, blockMs });
    const end = performance.now();
    port.postMessage({ type: 'task', timing: { task_id: id, start_ms: round(start - origin), end_ms: round(end - origin) } });
  }),
);
const elapsed = performance.now() - origin;
await stopTicker();
flush();
await closeExecutor();
port.postMessage({ type: 'done', elapsed_ms: round(elapsed) });
