// @ts-check
import { asCompleted } from './as-completed.mjs';
import { SlotPool } from './slot-pool.mjs';
import { timedFetch } from './timed-fetch.mjs';
import { warmConnections } from './warm-connections.mjs';

/**
 * `asyncio.gather` / `Promise.all`: every request in flight at once on this one event loop,
 * or at most `limit` of them (like an `asyncio.Semaphore`). No threads are involved.
 * @type {import('../contract').IoStrategy}
 */
export const asyncGather = async function* (plan, clock, signal) {
  const lanes = plan.limit ?? plan.tasks.length;
  await warmConnections(plan, lanes);
  const slots = new SlotPool(lanes);
  clock.start();
  const requests = plan.tasks.map(async (task) => {
    const slot = await slots.acquire();
    try {
      return await timedFetch(task, slot, clock.origin, signal);
    } finally {
      slots.release(slot);
    }
  });
  yield* asCompleted(requests);
};
