// @ts-check
import { timedFetch } from './timed-fetch.mjs';
import { warmConnections } from './warm-connections.mjs';

/**
 * The essay's `for url in urls`: each request starts when the previous one has finished.
 * @type {import('../contract').IoStrategy}
 */
export const sequential = async function* (plan, clock, signal) {
  await warmConnections(plan, 1);
  clock.start();
  for (const task of plan.tasks) {
    if (signal.aborted) return;
    yield await timedFetch(task, 0, clock.origin, signal);
  }
};
