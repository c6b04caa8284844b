// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';
import { blockingSleep } from './blocking-call.mjs';

/**
 * The mistake: a blocking call inside an async function (Python: `time.sleep()` in an
 * `async def`). While task 0 sleeps, the event loop cannot run anything else: every other
 * task, though its timer is due, waits for it.
 * @param {number} id
 * @param {{ delayMs: number, blockMs: number }} times
 */
export async function task(id, { delayMs, blockMs }) {
  await sleep(delayMs);
  if (id === 0) blockingSleep(blockMs);
}
