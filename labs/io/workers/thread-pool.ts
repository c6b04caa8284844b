import { PushQueue } from '@/platform/runs/push-queue.mjs';
import type { IoStrategy, RequestTiming } from '../contract';
import { leasePool } from '../engine/thread-pools';
import { startThreads } from './pool-threads';
import { hostQueue } from './run-memory.mjs';

/**
 * `ThreadPoolExecutor(max_workers=workers)`: a pool of real OS threads shares one queue of
 * requests; each thread takes the next request when it has finished its current one.
 */
export const threadPool: IoStrategy = async function* (plan, clock, signal) {
  const lease = await leasePool(plan.workers, new URL('/health', plan.tasks[0].url).href, signal);
  const queue = hostQueue(signal);
  const results = new PushQueue<RequestTiming>();
  const run = async () => {
    const threads = startThreads(lease, plan, queue.shared, (timing) => results.push(timing));
    // Hand every thread the run first, then start the clock and open the queue to all of
    // them at once: the idle threads of a ThreadPoolExecutor wait on its queue the same way.
    await queue.allHold(plan.workers, threads.anyEnded);
    clock.start();
    queue.open(clock.origin);
    await threads.finished(() => queue.taken(plan.tasks.length));
  };
  try {
    void results.endWith(run());
    yield* results;
  } finally {
    queue.close();
    lease.release();
  }
};
