import 'server-only';
import { once } from 'node:events';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

const holder = globalThis as typeof globalThis & { __concurrencyLabNodeRate?: Promise<number> };

async function measure(): Promise<number> {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/cpu/node/calibrate-thread.mjs');
  const worker = new Worker(file, { name: 'cpu calibration' });
  try {
    const [rate] = (await once(worker, 'message')) as [number];
    return rate;
  } finally {
    await worker.terminate();
  }
}

/**
 * Iterations of the work loop per ms in V8 on this machine, measured once per server process
 * on a worker thread (so the main event loop never computes) and cached.
 */
export function nodeIterationsPerMs(): Promise<number> {
  holder.__concurrencyLabNodeRate ??= measure().catch((error: unknown) => {
    holder.__concurrencyLabNodeRate = undefined;
    throw error;
  });
  return holder.__concurrencyLabNodeRate;
}
