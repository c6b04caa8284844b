import type { IoStrategy, RequestTiming } from './types';
import { asCompleted } from './as-completed';
import { leasePool } from './thread-pools';

/**
 * `ThreadPoolExecutor(max_workers=workers)`: every request is queued on a pool of real OS
 * threads; each thread takes the next request when it has finished its current one.
 */
export const threadPool: IoStrategy = async function* (plan, clock, signal) {
  const lease = await leasePool(plan.workers, new URL('/health', plan.tasks[0].url).href);
  // Shared memory the pool threads watch: 1 = the run is over, abandon what you are doing.
  const cancel = new SharedArrayBuffer(4);
  const stop = () => {
    Atomics.store(new Int32Array(cancel), 0, 1);
    Atomics.notify(new Int32Array(cancel), 0);
  };
  signal.addEventListener('abort', stop, { once: true });
  // The run may have been cancelled while the pool was being created and warmed.
  if (signal.aborted) stop();
  try {
    clock.start();
    const requests = plan.tasks.map((task) =>
      lease.pool.run({ task, runStart: clock.origin, cancel }).catch(
        (error: unknown): RequestTiming => threadDied(task.taskId, error),
      ),
    );
    yield* asCompleted<RequestTiming>(requests);
  } finally {
    stop();
    signal.removeEventListener('abort', stop);
    lease.release();
  }
};

/** A thread that crashed mid-request is a failed request (piscina replaces the thread). */
function threadDied(taskId: number, error: unknown): RequestTiming {
  return {
    task_id: taskId,
    start_ms: 0,
    end_ms: 0,
    lane: -1,
    ok: false,
    status: null,
    error: `thread died: ${error instanceof Error ? error.message : String(error)}`,
    delay_ms: null,
  };
}
