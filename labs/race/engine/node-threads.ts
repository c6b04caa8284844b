import 'server-only';
import type { RaceRunner } from '../contract';
import { runBankThreads, shares } from './bank-threads';
import { workerFile } from '@/platform/process/worker-file';

/** `workers` Node worker threads, truly in parallel, each doing its share of the transfers. */
export const nodeThreads: RaceRunner = (plan, signal, onWorkerFinished) => {
  const jobs = shares(plan.transfers, plan.workers).map((transfers, worker) => ({
    worker,
    transfers,
    useLock: plan.lock,
  }));
  return runBankThreads(
    { file: workerFile('race', 'transfer-thread.mjs'), jobs, reportsPerThread: 1 },
    plan,
    signal,
    onWorkerFinished,
  );
};
