import 'server-only';
import type { RaceRunner } from './types';
import { raceWorkerFile, runBankThreads, shares } from './bank-threads';

/** `workers` Node worker threads, truly in parallel, each doing its share of the transfers. */
export const nodeThreads: RaceRunner = (plan, signal, onWorkerFinished) => {
  const jobs = shares(plan.transfers, plan.workers).map((transfers, worker) => ({
    worker,
    transfers,
    useLock: plan.lock,
  }));
  return runBankThreads(
    { file: raceWorkerFile('transfer-thread.mjs'), jobs, reportsPerThread: 1 },
    plan,
    signal,
    onWorkerFinished,
  );
};
