// @ts-check
// One worker thread of the scale lab: says it is running, blocks until every thread exists,
// then sleeps (500 ms), a real blocking sleep of this OS thread, and ends.
import { parentPort, workerData } from 'node:worker_threads';

const GO = 0;
const NEVER_CHANGES = 1;
/** @type {{ gate: SharedArrayBuffer, sleepMs: number }} */
const { gate: buffer, sleepMs } = workerData;
const gate = new Int32Array(buffer);

parentPort?.postMessage('ready');
Atomics.wait(gate, GO, 0);
Atomics.wait(gate, NEVER_CHANGES, 0, sleepMs);
