import 'server-only';
import { unlessAborted } from '../run-guard';
import type { CpuPlan, CpuStrategy, EngineEvent } from '../types';
import { nodeIterationsPerMs } from './calibration';
import { runLanes, startProcesses, startThreads, type Assignment } from './lanes';
import { ModelGil } from './model-gil.mjs';
import { planWork } from './work.mjs';

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** Where each strategy's lanes run: the entry file, and which lanes each thread or process gets. */
const layouts: Record<CpuStrategy, { entry: string; host: 'thread' | 'process'; split(tasks: number): number[][] }> = {
  sequential: { entry: 'sequential.mjs', host: 'thread', split: (tasks) => [range(tasks)] },
  threads: { entry: 'threads.mjs', host: 'thread', split: (tasks) => range(tasks).map((lane) => [lane]) },
  processes: { entry: 'processes.mjs', host: 'process', split: (tasks) => range(tasks).map((lane) => [lane]) },
  async: { entry: 'async.mjs', host: 'thread', split: (tasks) => [range(tasks)] },
};

/**
 * The node engine: the strategy's code on worker threads or `node` child processes. With
 * `gil`, threads of the `threads` strategy share a model GIL; the other strategies have one
 * thread per process, so a GIL there would never be contended and changes nothing.
 */
export async function* runNodeEngine(plan: CpuPlan, signal: AbortSignal): AsyncIterable<EngineEvent> {
  const iterationsPerMs = await unlessAborted(nodeIterationsPerMs(), signal);
  const layout = layouts[plan.strategy];
  const work = planWork(plan.work_ms, iterationsPerMs, plan.switch_interval_ms);
  const assignments: Assignment[] = layout.split(plan.tasks).map((lanes) => ({ lanes, work, iterationsPerMs }));
  const gil = plan.gil ? ModelGil.memory() : null;
  yield* runLanes(
    (onLane) =>
      layout.host === 'thread' ? startThreads(layout.entry, assignments, gil, onLane) : startProcesses(layout.entry, assignments, onLane),
    plan.tasks,
    iterationsPerMs,
    signal,
  );
}
