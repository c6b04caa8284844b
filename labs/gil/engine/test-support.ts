// Helpers for the GIL lab's tests: running an experiment to its end, and telling a slow
// strategy from a busy machine.
import { expect, type TestContext } from 'vitest';
import { parallelMs } from '../lane-report';
import { cpuQuery } from '../params';
import { GET } from '@/app/api/experiments/gil/route';
import { runCpuExperiment } from './run';
import type { CpuEvent, CpuResult, CpuStart } from '../contract';
import type { Run } from '../contract';
import { descendantPids } from '@/platform/process/process-tree';
import { eventsOf } from '@/test/support/sse-events';
import { isRunning } from '@/test/support/processes';

/** Runs a CPU experiment to its end, checks the order of its events and returns the result. */
export async function runToEnd(query: Record<string, string>): Promise<CpuResult> {
  const events: CpuEvent[] = [];
  const params = cpuQuery.parse(query);
  for await (const event of runCpuExperiment(params, new AbortController().signal))
    events.push(event);
  expect(events.map((event) => event.event)).toEqual([
    'start',
    ...Array<string>(params.tasks).fill('lane'),
    'done',
  ]);
  return events.at(-1)!.data as CpuResult;
}

/**
 * Starts a CPU run through the route, as a browser would (an event stream), and returns its
 * `start` event, the processes it started (all running), and the way to hang up.
 */
export async function startStreamedRun(
  query: string,
): Promise<{ start: CpuStart; pids: number[]; hangUp: () => Promise<void> }> {
  const response = await GET(
    new Request(`http://test/api/experiments/gil?${query}`, {
      headers: { accept: 'text/event-stream' },
    }),
  );
  expect(response.status).toBe(200);
  const events = eventsOf(response);
  const first = await events.next();
  expect(first?.event).toBe('start');
  const start = first!.data as CpuStart;
  const pids = descendantPids() ?? [];
  expect(pids.length).toBeGreaterThanOrEqual(start.processes);
  expect(pids.every(isRunning)).toBe(true);
  return { start, pids, hangUp: () => events.cancel() };
}

/** Two or more lanes computed at the same moment for under 2 % of the run: they took turns. */
export const tookTurns = (result: CpuResult) => result.parallel_ms <= 0.02 * result.elapsed_ms;

/**
 * Runs two experiments in turn, twice, and keeps the faster run of each: other work on the
 * machine only ever slows a run down, so the faster runs compare the strategies, not the moment.
 */
export async function fasterOfTwo(
  run: (query: Record<string, string>) => Promise<CpuResult>,
  a: Record<string, string>,
  b: Record<string, string>,
): Promise<[CpuResult, CpuResult]> {
  const runs = [await run(a), await run(b), await run(a), await run(b)];
  const faster = (x: CpuResult, y: CpuResult) => (x.elapsed_ms <= y.elapsed_ms ? x : y);
  return [faster(runs[0], runs[2]), faster(runs[1], runs[3])];
}

// Two plain threads, independent of the engine under test: each computes for ~150 ms and
// notes the stretches during which it really ran (its clock never jumped by more than 0.5 ms).
const PLAIN_COMPUTE = `
const { parentPort, workerData } = require('node:worker_threads');
const now = () => Number(process.hrtime.bigint()) / 1e6;
// Both threads start together: say ready (cell 0), wait for the go (cell 1).
const cells = new Int32Array(workerData);
Atomics.add(cells, 0, 1);
Atomics.notify(cells, 0);
Atomics.wait(cells, 1, 0);
const runs = [];
let x = 1;
let last = now();
let run = [last, last];
runs.push(run);
for (const end = last + 150; last < end; ) {
  for (let i = 0; i < 1000; i++) x = (Math.imul(x, 1103515245) + 12345) & 0x7fffffff;
  const t = now();
  if (t - last > 0.5) runs.push((run = [t, t]));
  else run[1] = t;
  last = t;
}
parentPort.postMessage({ runs, x });
`;

/**
 * A control for assertions that need two cores at once: the share of time (0 to 1) during
 * which two plain threads computed at the same moment. Near 1 on an idle machine with two
 * cores; near 0 when other work keeps the cores busy, whatever the code under test does.
 */
export async function plainThreadsOverlap(): Promise<number> {
  const { Worker } = await import('node:worker_threads');
  const cells = new Int32Array(new SharedArrayBuffer(8));
  const workers = [0, 1].map(
    () => new Worker(PLAIN_COMPUTE, { eval: true, workerData: cells.buffer }),
  );
  let lanes: { runs: Run[] }[];
  try {
    const reports = workers.map(
      (worker) =>
        new Promise<{ runs: Run[] }>((resolve, reject) => {
          worker.once('message', resolve);
          worker.once('error', reject);
        }),
    );
    for (let ready = Atomics.load(cells, 0); ready < 2; ready = Atomics.load(cells, 0))
      await Atomics.waitAsync(cells, 0, ready, 1000).value;
    Atomics.store(cells, 1, 1);
    Atomics.notify(cells, 1);
    lanes = await Promise.all(reports);
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()));
  }
  const starts = lanes.map((lane) => lane.runs[0][0]);
  const ends = lanes.map((lane) => lane.runs.at(-1)![1]);
  const together = Math.min(...ends) - Math.max(...starts);
  return together > 0 ? parallelMs(lanes) / together : 0;
}

/**
 * Called when a run showed no parallel speed-up: skips the test (with the reason) when the
 * machine cannot run even two plain threads at once right now, and returns otherwise, so the
 * test's assertions then fail for the code under test.
 */
export async function skipUnlessMachineRunsThreadsInParallel(context: TestContext): Promise<void> {
  const overlap = await plainThreadsOverlap();
  context.skip(
    overlap < 0.5,
    `other work keeps the cores busy: two plain threads computed at the same moment only ${Math.round(overlap * 100)} % of the time, so parallel work cannot be shown now`,
  );
}
