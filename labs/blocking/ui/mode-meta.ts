import { BLOCKING_MODES, type BlockingMode } from '@/labs/blocking/contract';
import { labVariants } from '@/components/lab-shell/lab-variants';

/** How each mode is named and drawn, everywhere in the blocking lab. */
export const modeMeta: Record<
  BlockingMode,
  { label: string; python: string; color: string; blocker: string }
> = {
  'await-sleep': {
    label: 'await sleep',
    python: 'await asyncio.sleep(1)',
    color: 'var(--color-async)',
    blocker: 'awaits its extra sleep',
  },
  'blocking-sleep': {
    label: 'Blocking sleep',
    python: 'time.sleep(1)  # inside async def',
    color: 'var(--color-sequential)',
    blocker: 'blocks the thread for its extra sleep',
  },
  offloaded: {
    label: 'Offloaded',
    python: 'await asyncio.to_thread(time.sleep, 1)',
    color: 'var(--color-threads)',
    blocker: 'sleeps on another thread',
  },
};

/** Task 0's bars are drawn in this colour in every mode: it is the one that also sleeps `block_ms`. */
export const BLOCKER_COLOR = 'var(--chart-text)';

/** The modes as the lab shell shows them (run buttons, prediction, status line). */
export const blockingVariants = labVariants('blocking', BLOCKING_MODES, modeMeta, {
  allLabel: 'Run all three',
  stopped: 'the run’s thread',
});
