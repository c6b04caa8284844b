import { MessageChannel } from 'node:worker_threads';
import type { FetchPlan, RequestTiming } from '../contract';
import type { PoolLease } from '../engine/thread-pools';

/**
 * Starts the run on each of the pool's `plan.workers` threads. Each thread's results arrive on
 * a port of its own as each request completes and go to `report`. `finished(tasksTaken)` resolves
 * once every thread is done, after giving every request a result: one a dead thread had taken
 * fails with it; one no thread took (the run was cancelled first) is cancelled, like a
 * pending future.
 */
export function startThreads(
  lease: PoolLease,
  plan: FetchPlan,
  shared: SharedArrayBuffer,
  report: (timing: RequestTiming) => void,
) {
  const reported = new Set<number>();
  const reportAndNote = (timing: RequestTiming) => {
    reported.add(timing.task_id);
    report(timing);
  };
  const threads = Array.from({ length: plan.workers }, () =>
    runOneThread(lease, plan, shared, reportAndNote),
  );
  // A thread that dies before it holds the run must not hold the others back.
  let anyEnded = false;
  void Promise.race(threads).then(() => (anyEnded = true));
  return {
    anyEnded: () => anyEnded,
    async finished(tasksTaken: () => number) {
      const died = (await Promise.all(threads)).find((death) => death !== undefined);
      const taken = tasksTaken();
      plan.tasks.forEach((task, index) => {
        if (!reported.has(task.taskId))
          reportAndNote(
            notDone(task.taskId, index < taken && died ? `thread died: ${died}` : 'cancelled'),
          );
      });
    },
  };
}

/** One pool thread working through the queue. Resolves when it is done, with the error if it died. */
async function runOneThread(
  lease: PoolLease,
  plan: FetchPlan,
  shared: SharedArrayBuffer,
  report: (timing: RequestTiming) => void,
): Promise<string | undefined> {
  const { port1, port2 } = new MessageChannel();
  const closed = new Promise<void>((resolve) => port1.once('close', resolve));
  port1.on('message', report);
  let death: string | undefined;
  try {
    await lease.pool.run({ tasks: plan.tasks, shared, port: port2 }, { transferList: [port2] });
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
  return {
    task_id: taskId,
    start_ms: 0,
    end_ms: 0,
    lane: -1,
    ok: false,
    status: null,
    error,
    delay_ms: null,
  };
}
