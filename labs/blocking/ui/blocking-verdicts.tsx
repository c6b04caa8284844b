import type { ReactNode } from 'react';
import { formatMs } from '@/lib/format';
import type { Lateness } from '@/labs/blocking/summary';
import type { BlockingMode } from '@/labs/blocking/contract';

/** "What this shows", in the words of the mode, with this run's numbers in it. */
export const blockingVerdicts: Record<
  BlockingMode,
  (n: { late: Lateness | null; maxLag: number; mainLag: number; blockMs: number }) => ReactNode
> = {
  'await-sleep': ({ late, maxLag }) => (
    <>
      <strong>Cooperative.</strong> Task 0 waits for its extra second with <code>await</code>, which
      hands the loop back, so the other {late?.count ?? 'N'} tasks finished{' '}
      {late ? formatMs(late.max_late_ms) : '—'} after their timer at most, and the loop was never
      more than {formatMs(maxLag)} late. The batch takes as long as its longest task, not the sum.
    </>
  ),
  'blocking-sleep': ({ late, maxLag }) => (
    <>
      <strong>The mistake.</strong> <code>time.sleep</code> inside <code>async def</code> holds the
      thread, so the loop froze for {formatMs(maxLag)}. The other tasks&apos; timers fell due
      meanwhile, but nothing could run their callbacks: they finished up to{' '}
      {late ? formatMs(late.max_late_ms) : '—'} late. One blocking call stalls every task on the
      loop.
    </>
  ),
  offloaded: ({ late, maxLag, mainLag, blockMs }) => (
    <>
      <strong>The fix.</strong> <code>asyncio.to_thread</code> (in Django,{' '}
      <code>sync_to_async</code>) runs the blocking call on another thread and awaits it. The loop
      kept running (worst lag {formatMs(maxLag)}, against {formatMs(mainLag)} on the site&apos;s own
      loop meanwhile) and the others finished {late ? formatMs(late.max_late_ms) : '—'} after their
      timer at most. Task 0 still takes its {formatMs(blockMs)}: offloading does not make the call
      faster, it stops it from stalling everyone else.
    </>
  ),
};
