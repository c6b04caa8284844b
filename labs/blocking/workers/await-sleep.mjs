// @ts-check
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Done right: task 0 waits with `await` (Python: `await asyncio.sleep()`), which hands the
 * event loop back, so every other task finishes on time.
 * @param {number} id
 * @param {{ delayMs: number, blockMs: number }} times
 */
export async function task(id, { delayMs, blockMs }) {
  await sleep(delayMs);
  if (id === 0) await sleep(blockMs);
}
