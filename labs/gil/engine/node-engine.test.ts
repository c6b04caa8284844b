import { existsSync, readdirSync } from 'node:fs';
import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { cpuQuery } from '../params';
import { runCpuExperiment } from './run';
import {
  fasterOfTwo,
  runToEnd,
  skipUnlessMachineRunsThreadsInParallel,
  startStreamedRun,
  tookTurns,
} from './test-support';
import { isRunning } from '@/test/support/processes';

// The node engine on real worker threads and child processes. Bounds are generous (2 shared
// cores, maybe busy with other work) but each one tells the strategies apart: lanes that take
// turns never compute at the same moment, lanes that run in parallel do, and finish sooner.

const cores = os.availableParallelism();

const run = (query: Record<string, string>) =>
  runToEnd({ engine: 'node', tasks: '4', work_ms: '250', ...query });

describe('node engine', () => {
  it('sequential runs the tasks one after another on one thread', async () => {
    const result = await run({ strategy: 'sequential' });
    expect(new Set(result.threads.map((lane) => lane.thread_id)).size).toBe(1);
    expect(tookTurns(result)).toBe(true);
    for (let lane = 1; lane < 4; lane++) {
      expect(result.threads[lane].runs[0][0]).toBeGreaterThanOrEqual(
        result.threads[lane - 1].end_ms - 0.01,
      );
    }
    expect(result).toMatchObject({ engine: 'node', gil: false, model_gil: false, processes: 0 });
  });

  it('the model GIL makes threads take turns, so they are no faster than sequential', async () => {
    const [sequential, withGil] = await fasterOfTwo(
      run,
      { strategy: 'sequential' },
      { strategy: 'threads', gil: 'on' },
    );
    expect(withGil).toMatchObject({ gil: true, model_gil: true });
    expect(new Set(withGil.threads.map((lane) => lane.thread_id)).size).toBe(4);
    expect(tookTurns(withGil)).toBe(true);
    // Turns of one switch interval (5 ms): each lane ran in many short runs, interleaved.
    for (const lane of withGil.threads) expect(lane.runs.length).toBeGreaterThan(10);
    expect(withGil.elapsed_ms / sequential.elapsed_ms).toBeGreaterThan(0.75);
    expect(withGil.elapsed_ms / sequential.elapsed_ms).toBeLessThan(2);
  });

  it('without the GIL, threads compute at the same time and finish sooner', async (context) => {
    context.skip(cores < 2, 'one core: nothing can run in parallel');
    const [withGil, noGil] = await fasterOfTwo(
      run,
      { strategy: 'threads', gil: 'on' },
      { strategy: 'threads', gil: 'off' },
    );
    expect(noGil).toMatchObject({ gil: false, model_gil: false });
    // Ideal: sequential / min(cores, tasks), half the GIL run on two cores.
    const parallel =
      noGil.parallel_ms > 0.15 * noGil.elapsed_ms && noGil.elapsed_ms < 0.85 * withGil.elapsed_ms;
    if (!parallel) await skipUnlessMachineRunsThreadsInParallel(context);
    expect(noGil.parallel_ms).toBeGreaterThan(0.15 * noGil.elapsed_ms);
    expect(noGil.elapsed_ms).toBeLessThan(0.85 * withGil.elapsed_ms);
  });

  it('async tasks on one event loop take turns and are no faster than sequential', async () => {
    const [sequential, asyncTasks] = await fasterOfTwo(
      run,
      { strategy: 'sequential' },
      { strategy: 'async', switch_interval_ms: '10' },
    );
    expect(new Set(asyncTasks.threads.map((lane) => lane.thread_id)).size).toBe(1);
    expect(tookTurns(asyncTasks)).toBe(true);
    for (const lane of asyncTasks.threads) expect(lane.runs.length).toBeGreaterThan(5);
    expect(asyncTasks.elapsed_ms / sequential.elapsed_ms).toBeGreaterThan(0.75);
  });

  it('processes run in parallel, each in its own process', async (context) => {
    context.skip(cores < 2, 'one core: nothing can run in parallel');
    const [sequential, processes] = await fasterOfTwo(
      run,
      { strategy: 'sequential' },
      { strategy: 'processes' },
    );
    expect(processes.processes).toBe(4);
    expect(new Set(processes.threads.map((lane) => lane.pid)).size).toBe(4);
    const parallel =
      processes.parallel_ms > 0.15 * processes.elapsed_ms &&
      processes.elapsed_ms < 0.85 * sequential.elapsed_ms;
    if (!parallel) await skipUnlessMachineRunsThreadsInParallel(context);
    expect(processes.parallel_ms).toBeGreaterThan(0.15 * processes.elapsed_ms);
    expect(processes.elapsed_ms).toBeLessThan(0.85 * sequential.elapsed_ms);
  });
});

describe('node engine clean-up', () => {
  it('kills its child processes when the client goes away', async () => {
    const { start, pids, hangUp } = await startStreamedRun(
      'engine=node&strategy=processes&tasks=3&work_ms=2000',
    );
    expect(start.processes).toBe(3);
    expect(pids.length).toBeGreaterThanOrEqual(3);
    await hangUp();
    // The run's clean-up waits for every child's exit, so nothing is left by now.
    expect(pids.filter(isRunning)).toEqual([]);
  });

  it.skipIf(!existsSync('/proc/self/task'))(
    'ends its worker threads when a run is aborted (Linux: counts /proc/self/task)',
    async () => {
      const threadsNow = () => readdirSync('/proc/self/task').length;
      await run({ strategy: 'threads', tasks: '4', work_ms: '10' }); // any lazily started helper threads exist now
      const before = threadsNow();
      const abort = new AbortController();
      const params = cpuQuery.parse({
        engine: 'node',
        strategy: 'threads',
        tasks: '4',
        work_ms: '2000',
      });
      let during = 0;
      let abortedAt = Number.NaN;
      const drain = async () => {
        for await (const event of runCpuExperiment(params, abort.signal)) {
          if (event.event === 'start') {
            during = threadsNow();
            abortedAt = performance.now();
            abort.abort();
          }
        }
      };
      await expect(drain()).rejects.toMatchObject({ name: 'AbortError' });
      expect(performance.now() - abortedAt).toBeLessThan(1000);
      expect(during).toBeGreaterThanOrEqual(before + 4);
      expect(threadsNow()).toBeLessThanOrEqual(before);
    },
  );
});
