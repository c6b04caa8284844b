import { IO_STRATEGIES, type IoStrategyName } from '@/labs/io/contract';
import { labVariants } from '@/components/lab-shell/lab-variants';

/** How each strategy is named and drawn, everywhere in the UI. */
export const strategyMeta: Record<
  IoStrategyName,
  { label: string; python: string; color: string }
> = {
  sequential: { label: 'Sequential', python: 'for url in urls', color: 'var(--color-sequential)' },
  threads: { label: 'Thread pool', python: 'ThreadPoolExecutor', color: 'var(--color-threads)' },
  async: { label: 'Async', python: 'asyncio.gather', color: 'var(--color-async)' },
};

/** The strategies as the lab shell shows them (run buttons, prediction, status line). */
export const ioVariants = labVariants('io', IO_STRATEGIES, strategyMeta, {
  allLabel: 'Run all three',
  stopped: 'the run’s requests',
});
