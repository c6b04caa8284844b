// @ts-check
// sequential: one thread computes every task, one after another.
import { begin, report } from './lane-host.mjs';
import { runLane } from './work.mjs';

const { lanes, work } = await begin();
for (const id of lanes) report(runLane(id, work));
