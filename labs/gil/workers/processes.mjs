// @ts-check
// processes: one child process (`node processes.mjs`) per task, all started at once. Each has
// its own V8 isolate, heap and event loop (as each Python process has its own GIL), so they
// run in parallel; starting them is what it costs.
import { begin, report } from './lane-host.mjs';
import { runLane } from './work.mjs';

const { lanes: [id], work } = await begin();
report(runLane(id, work));
