// @ts-check
// The scale lab's child for kind=tasks on Node: N async functions, each awaiting a timer (500 ms).
// A task holds no thread: while it waits, it is a suspended function and a timer on the heap.
import { setTimeout as sleep } from 'node:timers/promises';
import { Measurement } from './measure.mjs';

const run = new Measurement();
/** @type {() => void} */
let go = () => {};
const started = new Promise((resolve) => (go = () => resolve(undefined)));

async function sleeper() {
  await started; // every task waits here until all exist, so all are alive at once
  await sleep(run.sleepMs);
}

// Calling an async function runs it up to its first await: after this line every task waits.
const tasks = Array.from({ length: run.count }, sleeper);
run.created();
go();
await sleep(run.sleepMs / 2);
run.sample(); // halfway through the sleep, every task is asleep
await Promise.all(tasks);
run.finish();
