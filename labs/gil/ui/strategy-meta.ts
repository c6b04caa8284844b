import { CPU_STRATEGIES, type CpuEngine, type CpuStrategy } from '@/labs/gil/contract';
import { byVariant } from '@/lib/experiments/by-variant';
import { labVariants } from '@/components/lab-shell/lab-variants';

/** Each strategy's name, and what one of its lanes is called. */
const names: Record<CpuStrategy, { label: string; laneNoun: string }> = {
  sequential: { label: 'Sequential', laneNoun: 'task' },
  threads: { label: 'Threads', laneNoun: 'thread' },
  processes: { label: 'Processes', laneNoun: 'process' },
  async: { label: 'Async', laneNoun: 'task' },
};

/** The line of code each strategy stands for, in each engine's language. */
const idioms: Record<CpuEngine, Record<CpuStrategy, string>> = {
  cpython: {
    sequential: 'for task in tasks: work()',
    threads: 'threading.Thread(target=work)',
    processes: 'multiprocessing.Process(target=work)',
    async: 'asyncio.create_task(work())',
  },
  node: {
    sequential: 'for (const task of tasks) work()',
    threads: 'new Worker(…)  // worker_threads',
    processes: "child_process.fork('…')",
    async: 'Promise.all(tasks.map(work))',
  },
};

/** How each strategy is named and drawn, everywhere in the GIL lab (each in the site's colour for it). */
export const strategyMeta: Record<
  CpuStrategy,
  { label: string; color: string; laneNoun: string; idiom: Record<CpuEngine, string> }
> = byVariant(CPU_STRATEGIES, (s) => ({
  ...names[s],
  color: `var(--color-${s})`,
  idiom: { cpython: idioms.cpython[s], node: idioms.node[s] },
}));

/** The strategies as the lab shell shows them (run buttons, prediction, status line). */
export const gilVariants = labVariants('gil', CPU_STRATEGIES, strategyMeta, {
  allLabel: 'Run all four',
  stopped: 'the run’s threads and processes',
});
