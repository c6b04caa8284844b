import type { IoStrategyName } from '@/labs/io/contract';

/** How each strategy is named and drawn, everywhere in the UI. */
export const strategyMeta: Record<IoStrategyName, { label: string; python: string; color: string }> = {
  sequential: { label: 'Sequential', python: 'for url in urls', color: 'var(--color-sequential)' },
  threads: { label: 'Thread pool', python: 'ThreadPoolExecutor', color: 'var(--color-threads)' },
  async: { label: 'Async', python: 'asyncio.gather', color: 'var(--color-async)' },
};
