// @ts-check
// Measures, once per server process, how many iterations of the work loop V8 runs per ms.
import { parentPort } from 'node:worker_threads';
import { burn, calibrate } from './work.mjs';

burn(20_000_000); // ~20–50 ms: V8 optimises the loop before it is timed
parentPort?.postMessage(calibrate());
