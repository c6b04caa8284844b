import 'server-only';
import { Worker } from 'node:worker_threads';
import { ApiError } from '@/platform/http/errors';
import { now } from '@/platform/runs/clock.mjs';
import { ACCOUNTS, CONTROL_SLOTS, GO, READY, STOP } from '../workers/bank.mjs';
import type { RaceOutcome, RacePlan, WorkerFinished } from '../contract';

/** What a worker thread posts when one of its workers (the thread itself, or an async task) is done. */
interface WorkerReport {
  worker: number;
  transfers: number;
  finished_at: number;
  intended: number[];
}

/** Threads to start: one entry file, and the job data of each thread. */
export interface BankThreads {
  file: string;
  jobs: Record<string, unknown>[];
  /** Reports each thread sends: 1 for a transfer thread, one per task for the async thread. */
  reportsPerThread: number;
}

const GRACE_MS = 5_000;
const round = (ms: number) => Math.round(ms * 100) / 100;

/** Transfers per worker: `total` split as evenly as integers allow. */
export function shares(total: number, workers: number): number[] {
  return Array.from(
    { length: workers },
    (_, i) => Math.floor(total / workers) + (i < total % workers ? 1 : 0),
  );
}

/**
 * Runs Node worker threads over one bank in shared memory: starts them, waits until all are at
 * the barrier, releases them together and collects a report from each worker. At the time cap
 * it raises the stop flag; a thread that ignores it for another 5 s is terminated (504). Every
 * thread is terminated before this returns, also on cancel.
 */
export async function runBankThreads(
  { file, jobs, reportsPerThread }: BankThreads,
  plan: RacePlan,
  signal: AbortSignal,
  onWorkerFinished: (finished: WorkerFinished) => void,
): Promise<RaceOutcome> {
  const balancesBuffer = new SharedArrayBuffer(ACCOUNTS * Int32Array.BYTES_PER_ELEMENT);
  const controlBuffer = new SharedArrayBuffer(CONTROL_SLOTS * Int32Array.BYTES_PER_ELEMENT);
  const balances = new Int32Array(balancesBuffer);
  const control = new Int32Array(controlBuffer);
  balances.set(plan.balances_before);

  const stopWorkers = () => {
    Atomics.store(control, STOP, 1);
    // Threads still at the barrier must wake up too; they stop before their first transfer.
    Atomics.store(control, GO, 1);
    Atomics.notify(control, GO);
  };
  // Ends everything this run started, whichever way it ends.
  const ended = new AbortController();
  const cancel = () => ended.abort(new DOMException('the run was cancelled', 'AbortError'));
  // Whatever ends the run wakes the barrier wait below at once (it would otherwise notice
  // only at its next 100 ms timeout).
  ended.signal.addEventListener('abort', () => Atomics.notify(control, READY), { once: true });
  signal.addEventListener('abort', cancel, { once: true });
  if (signal.aborted) cancel();

  const requested = now();
  let released = Number.NaN;
  const threads = jobs.map(
    (job) =>
      new Worker(file, {
        workerData: { ...job, balances: balancesBuffer, control: controlBuffer },
      }),
  );
  const received: WorkerReport[] = [];
  const allReported = new Promise<void>((resolve, reject) => {
    ended.signal.addEventListener('abort', () => reject(ended.signal.reason), { once: true });
    for (const thread of threads) {
      let reported = 0;
      thread.on('message', (report: WorkerReport) => {
        reported++;
        received.push(report);
        onWorkerFinished({
          worker: report.worker,
          transfers: report.transfers,
          finished_ms: round(report.finished_at - released),
        });
        if (received.length === threads.length * reportsPerThread) resolve();
      });
      thread.once('error', (error) => ended.abort(error));
      thread.once('exit', (code) => {
        if (reported < reportsPerThread)
          ended.abort(new Error(`a race thread exited with code ${code} before reporting`));
      });
    }
  });
  // Nobody may be left waiting on an unhandled rejection while we are still at the barrier.
  allReported.catch(() => {});
  const timers: NodeJS.Timeout[] = [];
  let timedOut = false;
  try {
    await releaseAtBarrier(control, threads.length, ended.signal);
    released = now();
    timers.push(
      setTimeout(() => {
        timedOut = true;
        stopWorkers();
      }, plan.max_run_ms),
    );
    const hardStop = plan.max_run_ms + GRACE_MS;
    timers.push(
      setTimeout(
        () => ended.abort(new ApiError(504, `the run did not stop within ${hardStop / 1000} s`)),
        hardStop,
      ),
    );
    await allReported;
  } finally {
    for (const timer of timers) clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
    stopWorkers();
    ended.abort();
    await Promise.all(threads.map((thread) => thread.terminate()));
  }
  const expected = [...plan.balances_before];
  for (const { intended } of received)
    intended.forEach((delta, account) => (expected[account] += delta));
  return {
    runtime: `Node ${process.version}`,
    setup_ms: round(released - requested),
    elapsed_ms: round(Math.max(...received.map((r) => r.finished_at)) - released),
    completed_transfers: received.reduce((sum, r) => sum + r.transfers, 0),
    timed_out: timedOut,
    balances_after: [...balances],
    balances_expected: expected,
  };
}

/**
 * Waits (without blocking this thread) until `count` threads are at the barrier, then opens it.
 * Throws the signal's reason if the run ends first (a thread died, or the client left).
 */
async function releaseAtBarrier(
  control: Int32Array,
  count: number,
  signal: AbortSignal,
): Promise<void> {
  for (
    let ready = Atomics.load(control, READY);
    ready < count;
    ready = Atomics.load(control, READY)
  ) {
    signal.throwIfAborted();
    const wait = Atomics.waitAsync(control, READY, ready, 100);
    if (wait.async) await wait.value;
  }
  signal.throwIfAborted();
  Atomics.store(control, GO, 1);
  Atomics.notify(control, GO);
}
