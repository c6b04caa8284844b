import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { GET } from '@/app/api/experiments/gil/route';
import { descendantPids } from '@/platform/process/process-tree';
import { findInterpreters } from '@/platform/process/interpreters';
import { cpuQuery } from '../params';
import { runCpuExperiment } from './run';
import type { CpuResult } from '../contract';
import {
  fasterOfTwo,
  runToEnd,
  skipUnlessMachineRunsThreadsInParallel,
  startStreamedRun,
  tookTurns,
} from './test-support';
import { isRunning } from '@/test/support/processes';

// The cpython engine: labs/gil/workers/*.py on the real interpreter, with the real GIL.

const { python, free_threaded: freeThreaded } = await findInterpreters();
const NO_PYTHON = 'python3 (3.8 or later) is not installed here';
const cores = os.availableParallelism();

const run = (query: Record<string, string>) =>
  runToEnd({ engine: 'cpython', tasks: '4', work_ms: '250', ...query });

/** How often the lane that computes changes hands (gaps where the OS preempted the holder do not count). */
function handoffs(result: CpuResult): number {
  const turns = result.threads
    .flatMap((lane) => lane.runs.map(([start]) => ({ start, lane: lane.lane })))
    .sort((a, b) => a.start - b.start);
  return turns.filter((turn, i) => i > 0 && turn.lane !== turns[i - 1].lane).length;
}

describe.skipIf(!python)(
  `cpython engine (${python ? `${python.command} ${python.version}` : NO_PYTHON})`,
  () => {
    it('threads take turns under the GIL and are no faster than sequential', async () => {
      const [sequential, threads] = await fasterOfTwo(
        run,
        { strategy: 'sequential' },
        { strategy: 'threads' },
      );
      expect(threads).toMatchObject({
        engine: 'cpython',
        gil: true,
        model_gil: false,
        python_version: python!.version,
      });
      expect(threads.interpreter).toMatchObject({
        command: python!.command,
        gil_enabled: true,
        switch_interval_ms: 5,
      });
      expect(threads.interpreter).not.toHaveProperty('path');
      expect(new Set(threads.threads.map((lane) => lane.thread_id)).size).toBe(4);
      expect(new Set(threads.threads.map((lane) => lane.pid)).size).toBe(1);
      expect(tookTurns(threads)).toBe(true);
      for (const lane of threads.threads) expect(lane.runs.length).toBeGreaterThan(10);
      // Each lane says when its work was done: after its last computing span, and the last one ends the run.
      for (const lane of threads.threads)
        expect(lane.end_ms).toBeGreaterThanOrEqual(lane.runs.at(-1)![1] - 0.01);
      expect(Math.max(...threads.threads.map((lane) => lane.end_ms))).toBeCloseTo(
        threads.elapsed_ms,
        1,
      );
      expect(threads.elapsed_ms / sequential.elapsed_ms).toBeGreaterThan(0.75);
      expect(threads.elapsed_ms / sequential.elapsed_ms).toBeLessThan(2.5);
    });

    it('sys.setswitchinterval sets how long a thread keeps the GIL', async () => {
      const short = await run({ strategy: 'threads', tasks: '2', switch_interval_ms: '5' });
      const long = await run({ strategy: 'threads', tasks: '2', switch_interval_ms: '50' });
      expect(long.interpreter?.switch_interval_ms).toBe(50);
      expect(tookTurns(long)).toBe(true);
      // 2 × 250 ms of work: ~100 turns of 5 ms, or ~10 of 50 ms. A busy machine wakes the
      // waiting thread late, which makes turns longer (fewer hand-offs), never shorter.
      expect(handoffs(long)).toBeLessThan(25);
      expect(handoffs(short)).toBeGreaterThan(1.5 * handoffs(long));
    });

    it('asyncio tasks take turns on one thread and are no faster than sequential', async () => {
      const [sequential, asyncTasks] = await fasterOfTwo(
        run,
        { strategy: 'sequential' },
        { strategy: 'async' },
      );
      expect(new Set(asyncTasks.threads.map((lane) => lane.thread_id)).size).toBe(1);
      expect(tookTurns(asyncTasks)).toBe(true);
      // One thread cannot beat sequential by much (two cores in parallel would give ~0.5); this
      // VM's CPU speed drifts between runs, hence the margin.
      expect(asyncTasks.elapsed_ms / sequential.elapsed_ms).toBeGreaterThan(0.6);
    });

    it('processes compute at the same time and finish sooner than sequential', async (context) => {
      context.skip(cores < 2, 'one core: nothing can run in parallel');
      const [sequential, processes] = await fasterOfTwo(
        run,
        { strategy: 'sequential' },
        { strategy: 'processes' },
      );
      expect(processes.processes).toBe(5); // the interpreter and its 4 children
      expect(new Set(processes.threads.map((lane) => lane.pid)).size).toBe(4);
      const parallel =
        processes.parallel_ms > 0.15 * processes.elapsed_ms &&
        processes.elapsed_ms < 0.85 * sequential.elapsed_ms;
      if (!parallel) await skipUnlessMachineRunsThreadsInParallel(context);
      expect(processes.parallel_ms).toBeGreaterThan(0.15 * processes.elapsed_ms);
      expect(processes.elapsed_ms).toBeLessThan(0.85 * sequential.elapsed_ms);
    });

    it('kills the interpreter and its child processes when the client goes away', async () => {
      const { start, pids, hangUp } = await startStreamedRun(
        'engine=cpython&strategy=processes&tasks=3&work_ms=2000',
      );
      expect(start.processes).toBe(4);
      await hangUp();
      // The interpreter has exited by now; its children got the same SIGKILL (a process group).
      await expect.poll(() => pids.filter(isRunning), { timeout: 2000, interval: 20 }).toEqual([]);
    });

    it('kills a run that outlives its time limit, children included', async () => {
      const params = cpuQuery.parse({
        engine: 'cpython',
        strategy: 'processes',
        tasks: '2',
        work_ms: '2000',
      });
      let pids: number[] = [];
      const startedAt = performance.now();
      const drain = async () => {
        // 2 s of work per task against a 1 s limit: the work is measured in iterations calibrated
        // once per server, and this machine's CPU speed drifts by up to ~40 % between runs.
        for await (const event of runCpuExperiment(params, new AbortController().signal, {
          timeLimitMs: 1000,
        })) {
          if (event.event === 'start') pids = descendantPids() ?? [];
        }
      };
      await expect(drain()).rejects.toMatchObject({
        status: 504,
        message: expect.stringMatching(/limit/),
      });
      expect(performance.now() - startedAt).toBeLessThan(3500);
      expect(pids.length).toBeGreaterThanOrEqual(3);
      await expect.poll(() => pids.filter(isRunning), { timeout: 2000, interval: 20 }).toEqual([]);
    });
  },
);

describe('cpython engine without a free-threaded interpreter', () => {
  it.skipIf(freeThreaded)('refuses gil=off with 400 and says how to get one', async () => {
    const response = await GET(
      new Request('http://test/api/experiments/gil?engine=cpython&strategy=threads&gil=off'),
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: string; issues: { path: string }[] };
    expect(body.error).toMatch(/free-threaded/);
    expect(body.error).toMatch(/engine=node/);
    expect(body.issues.map((issue) => issue.path)).toEqual(['gil']);
  });
});

describe.skipIf(!freeThreaded)(
  `cpython engine, free-threaded (${freeThreaded?.command ?? 'none installed here'})`,
  () => {
    it('runs threads without the GIL, at the same time', async (context) => {
      const result = await run({ strategy: 'threads', gil: 'off' });
      expect(result.interpreter).toMatchObject({ free_threaded: true, gil_enabled: false });
      if (result.parallel_ms <= 0.15 * result.elapsed_ms)
        await skipUnlessMachineRunsThreadsInParallel(context);
      expect(result.parallel_ms).toBeGreaterThan(0.15 * result.elapsed_ms);
    });
  },
);
