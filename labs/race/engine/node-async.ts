import 'server-only';
import type { RaceRunner } from '../contract';
import { runBankThreads, shares } from './bank-threads';
import { workerFile } from '@/platform/process/worker-file';

/**
 * `workers` async tasks on one event loop. The loop runs on a worker thread of its own rather
 * than the server's, so a long run neither stalls the site nor escapes the time cap.
 */
export const nodeAsync: RaceRunner = (plan, signal, onWorkerFinished) => {
  const job = {
    tasks: shares(plan.transfers, plan.workers),
    useLock: plan.lock,
    yieldBetween: plan.yield_between,
  };
  return runBankThreads(
    {
      file: workerFile('race', 'async-transfers.mjs'),
      jobs: [job],
      reportsPerThread: plan.workers,
    },
    plan,
    signal,
    onWorkerFinished,
  );
};
