import 'server-only';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import { workerFile } from '@/platform/process/worker-file';

const holder = globalThis as typeof globalThis & { __concurrencyLabNodeRate?: Promise<number> };

async function measure(): Promise<number> {
  const file = workerFile('gil', 'calibrate-thread.mjs');
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
