import { MessageChannel, Worker } from 'node:worker_threads';
import { PushQueue } from '@/platform/runs/push-queue.mjs';
import type { IoStrategy, RequestTiming } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

type LoopMessage =
  { started: number } | { timings: RequestTiming[] } | { ended: number } | { error: string };

interface LoopThread {
  worker: Worker;
  /** Every run in progress, told when the thread dies under it. */
  runs: Set<(error: Error) => void>;
}

// One event-loop thread per server process, kept on globalThis so dev-mode reloads reuse it.
const holder = globalThis as typeof globalThis & { __concurrencyLabLoopThread?: LoopThread };

function loopThread(): LoopThread {
  if (holder.__concurrencyLabLoopThread) return holder.__concurrencyLabLoopThread;
  const file = workerFile('io', 'loop-thread.mjs');
  const thread: LoopThread = { worker: new Worker(file, { name: 'io-loop' }), runs: new Set() };
  thread.worker.unref();
  // An uncaught error ends the thread; it is reported with the runs it ends, below.
  let crash: Error | undefined;
  thread.worker.on('error', (error) => (crash = error));
  thread.worker.once('exit', (code) => {
    // The next run starts a new thread; the runs on this one fail, each with a clear error.
    if (holder.__concurrencyLabLoopThread === thread) holder.__concurrencyLabLoopThread = undefined;
    const why = crash ? `: ${crash.message}` : ` (exit code ${code})`;
    for (const fail of thread.runs) fail(new Error(`the event-loop thread stopped${why}`));
  });
  return (holder.__concurrencyLabLoopThread = thread);
}

/**
 * Runs `strategy` (labs/io/workers/sequential.mjs or async-gather.mjs) on the event-loop thread and
 * yields its timings here as they arrive. The clock is started and stopped over there, where
 * the requests are made.
 */
export function onLoopThread(strategy: 'sequential' | 'async'): IoStrategy {
  return async function* (plan, clock, signal) {
    const thread = loopThread();
    const { port1, port2 } = new MessageChannel();
    let finish!: () => void;
    const finished = new Promise<void>((resolve) => (finish = resolve));
    const cancel = () => port1.postMessage('cancel');
    // A reader that stops early waits until the thread has ended the run: nothing is left in flight.
    const results = new PushQueue<RequestTiming>(() => (cancel(), finished));
    const fail = (error: Error) => (results.end(error), finish());
    port1.on('message', (message: LoopMessage) => {
      if ('timings' in message) for (const timing of message.timings) results.push(timing);
      else if ('started' in message) clock.start(message.started);
      else if ('error' in message) fail(new Error(message.error));
      else {
        clock.stop(message.ended);
        results.end();
        finish();
      }
    });
    thread.runs.add(fail);
    signal.addEventListener('abort', cancel, { once: true });
    if (signal.aborted) cancel();
    thread.worker.postMessage({ strategy, plan, port: port2 }, [port2]);
    try {
      yield* results;
    } finally {
      thread.runs.delete(fail);
      signal.removeEventListener('abort', cancel);
      port1.close();
    }
  };
}
