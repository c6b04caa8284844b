import { MessageChannel } from 'node:worker_threads';
import { FixedBuffer, Repeater } from '@repeaterjs/repeater';
import type { FetchPlan, IoStrategy, RequestTiming } from './types';
import { leasePool, type PoolLease } from './thread-pools';

/**
 * `ThreadPoolExecutor(max_workers=workers)`: a pool of real OS threads shares one queue of
 * requests; each thread takes the next request when it has finished its current one.
 */
export const threadPool: IoStrategy = async function* (plan, clock, signal) {
  const lease = await leasePool(plan.workers, new URL('/health', plan.tasks[0].url).href);
  // The run's shared memory (see fetch-worker.mjs): [0] = 1 when the run is over, [1] = the
  // index of the next request in the queue.
  const shared = new Int32Array(new SharedArrayBuffer(8));
  const stop = () => {
    Atomics.store(shared, 0, 1);
    Atomics.notify(shared, 0);
  };
  signal.addEventListener('abort', stop, { once: true });
  // The run may have been cancelled while the pool was being created and warmed.
  if (signal.aborted) stop();
  try {
    clock.start();
    yield* new Repeater<RequestTiming>(async (push, done) => {
      const reported = new Set<number>();
      const report = (timing: RequestTiming) => void (reported.add(timing.task_id), push(timing));
      const deaths = await Promise.all(
        Array.from({ length: plan.workers }, () => runOneThread(lease, plan, clock.origin, shared, report)),
      );
      // Every request gets a result: one a dead thread had taken fails with it; one no thread
      // took (the run was cancelled first) is cancelled, like a pending future.
      const died = deaths.find((death) => death !== undefined);
      const taken = Math.min(Atomics.load(shared, 1), plan.tasks.length);
      plan.tasks.forEach((task, index) => {
        if (!reported.has(task.taskId)) report(notDone(task.taskId, index < taken && died ? `thread died: ${died}` : 'cancelled'));
      });
      done();
    }, new FixedBuffer(plan.tasks.length));
  } finally {
    stop();
    signal.removeEventListener('abort', stop);
    lease.release();
  }
};

/**
 * One pool thread working through the queue; its results arrive on a port of its own as each
 * request completes. Resolves when the thread is done, with the error if it died.
 */
async function runOneThread(lease: PoolLease, plan: FetchPlan, runStart: number, shared: Int32Array, report: (timing: RequestTiming) => void): Promise<string | undefined> {
  const { port1, port2 } = new MessageChannel();
  const closed = new Promise<void>((resolve) => port1.once('close', resolve));
  port1.on('message', report);
  let death: string | undefined;
  try {
    await lease.pool.run({ tasks: plan.tasks, runStart, shared: shared.buffer, port: port2 }, { transferList: [port2] });
  } catch (error) {
    // Piscina replaces a thread that died; the run reports the request it had taken.
    death = error instanceof Error ? error.message : String(error);
    port1.close();
  }
  await closed;
  return death;
}

/** A request that never completed: its thread died, or no thread took it before a cancel. */
function notDone(taskId: number, error: string): RequestTiming {
  return { task_id: taskId, start_ms: 0, end_ms: 0, lane: -1, ok: false, status: null, error, delay_ms: null };
}
