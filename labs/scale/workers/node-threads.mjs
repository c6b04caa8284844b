// @ts-check
// The scale lab's child for kind=threads on Node: N worker threads, each sleeping 500 ms. A
// worker is an OS thread *and* a whole V8 isolate (its own heap, event loop and copy of every
// module), which is why Node's threads cost megabytes where a C or Python thread costs kilobytes.
import { once } from 'node:events';
import { setTimeout as sleep } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { Measurement } from './measure.mjs';

const SLEEPER = new URL('./sleeper-thread.mjs', import.meta.url);
const GO = 0;

const run = new Measurement();
const gate = new Int32Array(new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT));
const threads = Array.from(
  { length: run.count },
  () => new Worker(SLEEPER, { workerData: { gate: gate.buffer, sleepMs: run.sleepMs } }),
);
const exited = threads.map((thread) => once(thread, 'exit'));
await Promise.all(threads.map((thread) => once(thread, 'message'))); // each is running, blocked at the gate
run.created();
Atomics.store(gate, GO, 1);
Atomics.notify(gate, GO);
await sleep(run.sleepMs / 2);
run.sample(); // halfway through the sleep, every thread is asleep
await Promise.all(exited);
run.finish();
