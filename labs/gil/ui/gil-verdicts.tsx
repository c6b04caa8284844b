import type { ReactNode } from 'react';
import { formatMs } from '@/lib/format';
import type { CpuResult, CpuStrategy } from '@/labs/gil/contract';

interface Numbers {
  result: CpuResult;
  turns: { min: number; max: number };
  speedup: number;
  best: number;
}

/** "What this shows", per strategy, with this run's numbers in it. */
export const gilVerdicts: Record<CpuStrategy, (n: Numbers) => ReactNode> = {
  sequential: ({ result }) => (
    <>
      <strong>The baseline.</strong> One thread computes one task after another:{' '}
      {formatMs(result.elapsed_ms)} for {result.params.tasks} × {formatMs(result.params.work_ms)} of
      work. Every other strategy is measured against it.
    </>
  ),
  // Under a GIL (and on one event loop) the lesson is the shape, not the speed-up: one lane at a
  // time. The speed-up, shown beside it, also moves with whatever else the machine was doing.
  threads: ({ result, turns, speedup, best }) =>
    result.gil ? (
      <>
        <strong>Taking turns.</strong> Under the {result.model_gil ? <em>model</em> : null} GIL only
        one thread computes at a time: the bars never overlap (two at once for{' '}
        {formatMs(result.parallel_ms)}), and each thread got the lock back{' '}
        {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} times, every ~
        {result.params.switch_interval_ms} ms. For pure-
        {result.engine === 'cpython' ? 'Python' : 'JavaScript'} CPU work, threads under a GIL add no
        computing power: at best they match sequential.
      </>
    ) : (
      <>
        <strong>In parallel.</strong> Without a GIL the threads computed at the same moment for{' '}
        {formatMs(result.parallel_ms)}, {result.parallelism} lanes busy on average: speed-up{' '}
        {speedup}× of at most {best}× on this server.
      </>
    ),
  processes: ({ result, speedup, best }) => (
    <>
      <strong>In parallel, at a price.</strong> Each process has its own interpreter
      {result.engine === 'cpython' ? ' and its own GIL' : ' (its own V8 isolate)'}, so they computed
      at the same moment for {formatMs(result.parallel_ms)}: speed-up {speedup}× of at most {best}×.
      Starting them took {formatMs(result.setup_ms)}, before the clock started; data would have to
      be copied between them.
    </>
  ),
  async: ({ result, turns }) => (
    <>
      <strong>Concurrency, not parallelism.</strong> One thread, one event loop: the tasks took
      turns at each <code>await</code> (every ~{result.params.switch_interval_ms} ms here,{' '}
      {turns.min === turns.max ? turns.min : `${turns.min}–${turns.max}`} turns each) and never
      computed at once (two at once for {formatMs(result.parallel_ms)}). Async helps waiting, not
      computing: at best it matches sequential.
    </>
  ),
};
