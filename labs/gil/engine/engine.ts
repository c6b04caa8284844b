import 'server-only';
import { unlessAborted } from '@/platform/runs/run-guard';
import type { CpuPlan, CpuStrategy, EngineEvent } from '../contract';
import { nodeIterationsPerMs } from './calibration';
import { runLanes, startProcesses, startThreads, type Assignment } from './lanes';
import { ModelGil } from '../workers/model-gil.mjs';
import { planWork } from '../workers/work.mjs';
import { workerFile } from '@/platform/process/worker-file';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Where each strategy's lanes run: the entry file (a path), and which lanes each thread or process gets. */
const layouts: Record<
  CpuStrategy,
  { entry: string; host: 'thread' | 'process'; split(tasks: number): number[][] }
> = {
  sequential: {
    entry: workerFile('gil', 'sequential.mjs'),
    host: 'thread',
    split: (tasks) => [range(tasks)],
  },
  threads: {
    entry: workerFile('gil', 'threads.mjs'),
    host: 'thread',
    split: (tasks) => range(tasks).map((lane) => [lane]),
  },
  processes: {
    entry: workerFile('gil', 'processes.mjs'),
    host: 'process',
    split: (tasks) => range(tasks).map((lane) => [lane]),
  },
  async: {
    entry: workerFile('gil', 'async.mjs'),
    host: 'thread',
    split: (tasks) => [range(tasks)],
  },
};

/**
 * The node engine: the strategy's code on worker threads or `node` child processes. With
 * `gil`, threads of the `threads` strategy share a model GIL; the other strategies have one
 * thread per process, so a GIL there would never be contended and changes nothing.
 */
export async function* runNodeEngine(
  plan: CpuPlan,
  signal: AbortSignal,
): AsyncIterable<EngineEvent> {
  const iterationsPerMs = await unlessAborted(nodeIterationsPerMs(), signal);
  const layout = layouts[plan.strategy];
  const work = planWork(plan.work_ms, iterationsPerMs, plan.switch_interval_ms);
  const assignments: Assignment[] = layout
    .split(plan.tasks)
    .map((lanes) => ({ lanes, work, iterationsPerMs }));
  const gil = plan.gil ? ModelGil.memory() : null;
  yield* runLanes(
    (onLane) =>
      layout.host === 'thread'
        ? startThreads(layout.entry, assignments, gil, onLane)
        : startProcesses(layout.entry, assignments, onLane),
    plan.tasks,
    iterationsPerMs,
    signal,
  );
}
