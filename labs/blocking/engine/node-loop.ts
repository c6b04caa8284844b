import 'server-only';
import { Worker } from 'node:worker_threads';
import { PushQueue } from '@/platform/runs/push-queue.mjs';
import type { BlockingParams } from '../params';
import type { LoopMessage } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

// Each run gets a fresh worker thread, i.e. its own event loop, and the thread is terminated
// when the run ends. A warm pool would save the ~20–30 ms start-up, but that happens before
// the run's clock starts anyway, and a fresh thread guarantees that no timer, no pending
// offloaded call and no JIT state of one run leaks into the next. `terminate()` also
// interrupts a thread in the middle of a blocking sleep, so a cancelled run stops at once.
const LOOP_WORKER = workerFile('blocking', 'loop-worker.mjs');

/** The Node.js engine: the mode's .mjs task on a fresh worker thread's event loop. */
export async function* nodeLoopMessages(
  params: BlockingParams,
  tickMs: number,
  signal: AbortSignal,
): AsyncGenerator<LoopMessage> {
  const worker = new Worker(LOOP_WORKER, {
    name: `blocking ${params.mode}`,
    workerData: {
      mode: params.mode,
      tasks: params.tasks,
      delayMs: params.delay_ms,
      blockMs: params.block_ms,
      tickMs,
    },
  });
  const messages = new PushQueue<LoopMessage>();
  worker.on('message', (message: LoopMessage) => {
    messages.push(message);
    if (message.type === 'done') messages.end();
  });
  worker.once('error', (error) => messages.end(error));
  worker.once('exit', (code) =>
    messages.end(new Error(`the run's thread exited before the run ended (code ${code})`)),
  );
  const stop = () => void worker.terminate();
  signal.addEventListener('abort', stop, { once: true });
  try {
    yield* messages;
  } finally {
    signal.removeEventListener('abort', stop);
    await worker.terminate();
  }
}
