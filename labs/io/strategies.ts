import type { IoEngine, IoStrategy, IoStrategyName } from './contract';
import { cpythonStrategy } from './engine/cpython-engine';
import { onLoopThread } from './engine/on-loop-thread';
import { threadPool } from './workers/thread-pool';

/**
 * Each strategy, and the files a page shows as "the code that ran". Sequential and async run
 * on an event loop of their own (labs/io/workers/loop-thread.mjs); the thread pool's threads are
 * managed from the server's main thread.
 */
export const ioStrategies: Record<
  IoStrategyName,
  { run: IoStrategy; sourceFiles: readonly string[] }
> = {
  sequential: {
    run: onLoopThread('sequential'),
    sourceFiles: ['labs/io/workers/sequential.mjs', 'labs/io/workers/loop-thread.mjs'],
  },
  threads: {
    run: threadPool,
    sourceFiles: ['labs/io/workers/thread-pool.ts', 'labs/io/workers/fetch-worker.mjs'],
  },
  async: {
    run: onLoopThread('async'),
    sourceFiles: ['labs/io/workers/async-gather.mjs', 'labs/io/workers/loop-thread.mjs'],
  },
};

/** The CPython engine's strategies: the .py files, run by a warm worker (labs/io/engine/cpython-engine.ts). */
const cpythonStrategies: Record<IoStrategyName, IoStrategy> = {
  sequential: cpythonStrategy('sequential'),
  threads: cpythonStrategy('threads'),
  async: cpythonStrategy('async'),
};

/** The strategy `engine` runs. */
export function strategyOn(engine: IoEngine, strategy: IoStrategyName): IoStrategy {
  return engine === 'cpython' ? cpythonStrategies[strategy] : ioStrategies[strategy].run;
}
