// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';
import { blockingSleep } from './blocking-call.mjs';
import { toThread } from './to-thread.mjs';

/**
 * The fix when the blocking call cannot be avoided: run it on another thread and await the
 * result (Python: `await asyncio.to_thread(time.sleep, …)`, Django: `sync_to_async`). The
 * other thread sleeps; this one's event loop keeps running every other task.
 * @param {number} id
 * @param {{ delayMs: number, blockMs: number }} times
 */
export async function task(id, { delayMs, blockMs }) {
  await sleep(delayMs);
  if (id === 0) await toThread(blockingSleep, blockMs);
}
