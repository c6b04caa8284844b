// @ts-check
// async: every task is an async function on one event loop, in one thread. CPU work has
// nothing to await, so the tasks can at best take turns (each one awaits the next turn of the
// loop every switch interval, like `await asyncio.sleep(0)`); they never run at the same time.
import { begin, report } from './lane-host.mjs';
import { Lane } from './work.mjs';

const { lanes, work } = await begin();
const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

async function task(/** @type {number} */ id) {
  const lane = new Lane(id, work);
  for (const _ of lane.slices()) await nextTurn();
  report(lane);
}

await Promise.all(lanes.map(task));
