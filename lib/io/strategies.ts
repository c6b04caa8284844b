import type { IoEngine, IoStrategy, IoStrategyName } from './types';
import { cpythonStrategy } from './cpython-engine';
import { onLoopThread } from './on-loop-thread';
import { threadPool } from './thread-pool';

/**
 * Each strategy, and the files a page shows as "the code that ran". Sequential and async run
 * on an event loop of their own (lib/io/loop-thread.mjs); the thread pool's threads are
 * managed from the server's main thread.
 */
export const ioStrategies: Record<IoStrategyName, { run: IoStrategy; sourceFiles: readonly string[] }> = {
  sequential: { run: onLoopThread('sequential'), sourceFiles: ['lib/io/sequential.mjs', 'lib/io/loop-thread.mjs'] },
  threads: { run: threadPool, sourceFiles: ['lib/io/thread-pool.ts', 'lib/io/fetch-worker.mjs'] },
  async: { run: onLoopThread('async'), sourceFiles: ['lib/io/async-gather.mjs', 'lib/io/loop-thread.mjs'] },
};

/** The CPython engine's strategies: the .py files, run by a warm worker (lib/io/cpython-engine.ts). */
const cpythonStrategies: Record<IoStrategyName, IoStrategy> = {
  sequential: cpythonStrategy('sequential'),
  threads: cpythonStrategy('threads'),
  async: cpythonStrategy('async'),
};

/** The strategy `engine` runs. */
export function strategyOn(engine: IoEngine, strategy: IoStrategyName): IoStrategy {
  return engine === 'cpython' ? cpythonStrategies[strategy] : ioStrategies[strategy].run;
}
