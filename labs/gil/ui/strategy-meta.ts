import { CPU_STRATEGIES, type CpuEngine, type CpuStrategy } from '@/labs/gil/contract';
import { labVariants } from '@/components/lab-shell/lab-variants';

/** How each strategy is named and drawn, everywhere in the GIL lab; `idiom` is what it stands for per engine. */
export const strategyMeta: Record<
  CpuStrategy,
  { label: string; color: string; laneNoun: string; idiom: Record<CpuEngine, string> }
> = {
  sequential: {
    label: 'Sequential',
    color: 'var(--color-sequential)',
    laneNoun: 'task',
    idiom: { cpython: 'for task in tasks: work()', node: 'for (const task of tasks) work()' },
  },
  threads: {
    label: 'Threads',
    color: 'var(--color-threads)',
    laneNoun: 'thread',
    idiom: { cpython: 'threading.Thread(target=work)', node: 'new Worker(…)  // worker_threads' },
  },
  processes: {
    label: 'Processes',
    color: 'var(--color-processes)',
    laneNoun: 'process',
    idiom: { cpython: 'multiprocessing.Process(target=work)', node: "child_process.fork('…')" },
  },
  async: {
    label: 'Async',
    color: 'var(--color-async)',
    laneNoun: 'task',
    idiom: { cpython: 'asyncio.create_task(work())', node: 'Promise.all(tasks.map(work))' },
  },
};

/** The strategies as the lab shell shows them (run buttons, prediction, status line). */
export const gilVariants = labVariants('gil', CPU_STRATEGIES, strategyMeta, {
  allLabel: 'Run all four',
  stopped: 'the run’s threads and processes',
});
