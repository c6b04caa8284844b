import { MessageChannel } from 'node:worker_threads';
import { PushQueue } from '@/platform/runs/push-queue.mjs';
import type { FetchPlan, IoStrategy, RequestTiming } from '../contract';
import { CANCEL, NEXT, OPEN, READY, newRunMemory, slotsOf, startTimeOf } from './run-memory.mjs';
import { leasePool, type PoolLease } from '../engine/thread-pools';

/**
 * `ThreadPoolExecutor(max_workers=workers)`: a pool of real OS threads shares one queue of
 * requests; each thread takes the next request when it has finished its current one.
 */
export const threadPool: IoStrategy = async function* (plan, clock, signal) {
  const lease = await leasePool(plan.workers, new URL('/health', plan.tasks[0].url).href, signal);
  const shared = newRunMemory();
  const slots = slotsOf(shared);
  const signalSlot = (slot: number) => {
    Atomics.store(slots, slot, 1);
    Atomics.notify(slots, slot);
  };
  // A cancelled run also opens the queue, so threads still waiting for it wake up and leave.
  const stop = () => (signalSlot(CANCEL), signalSlot(OPEN));
  signal.addEventListener('abort', stop, { once: true });
  // The run may have been cancelled while the pool was being created and warmed.
  if (signal.aborted) stop();
  try {
    const results = new PushQueue<RequestTiming>();
    const runThreads = async () => {
      const reported = new Set<number>();
      const report = (timing: RequestTiming) => void (reported.add(timing.task_id), results.push(timing));
      const threads = Array.from({ length: plan.workers }, () =>
        runOneThread(lease, plan, shared, report),
      );
      // Hand every thread the run first, then start the clock and open the queue to all of
      // them at once: the idle threads of a ThreadPoolExecutor wait on its queue the same way.
      // A thread that dies before it holds the run does not hold the others back.
      let settled = false;
      void Promise.race(threads).then(() => (settled = true));
      await allHold(slots, plan.workers, () => settled);
      clock.start();
      startTimeOf(shared)[0] = clock.origin;
      signalSlot(OPEN);
      const deaths = await Promise.all(threads);
      // Every request gets a result: one a dead thread had taken fails with it; one no thread
      // took (the run was cancelled first) is cancelled, like a pending future.
      const died = deaths.find((death) => death !== undefined);
      const taken = Math.min(Atomics.load(slots, NEXT), plan.tasks.length);
      plan.tasks.forEach((task, index) => {
        if (!reported.has(task.taskId))
          report(
            notDone(task.taskId, index < taken && died ? `thread died: ${died}` : 'cancelled'),
          );
      });
    };
    void results.endWith(runThreads());
    yield* results;
  } finally {
    stop();
    signal.removeEventListener('abort', stop);
    lease.release();
  }
};

/** Resolves once `count` threads hold the run (or `givenUp()` says one never will). */
async function allHold(slots: Int32Array, count: number, givenUp: () => boolean): Promise<void> {
  for (
    let seen = Atomics.load(slots, READY);
    seen < count && !givenUp();
    seen = Atomics.load(slots, READY)
  ) {
    await Atomics.waitAsync(slots, READY, seen, 50).value;
  }
}

/**
 * One pool thread working through the queue; its results arrive on a port of its own as each
 * request completes. Resolves when the thread is done, with the error if it died.
 */
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
