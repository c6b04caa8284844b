// @ts-check
// threads: one worker thread per task, all started at once. Node has no GIL: the threads run
// in parallel, on as many cores as there are. With gil=on they share a MODEL of the GIL
// (model-gil.mjs), so that only one of them computes at a time, as under CPython.
import { begin, report } from './lane-host.mjs';
import { ModelGil } from './model-gil.mjs';
import { Lane, runLane } from './work.mjs';

const { lanes: [id], work, gil } = await begin();
if (gil) {
  const lock = new ModelGil(gil);
  const lane = new Lane(id, work);
  lock.acquire();
  for (const _ of lane.slices()) lock.offer(); // every switch interval: anyone waiting goes first
  lock.release();
  report(lane);
} else {
  report(runLane(id, work));
}
