import type { IoStrategy, IoStrategyName } from './types';
import { sequential } from './sequential';
import { threadPool } from './thread-pool';
import { asyncGather } from './async-gather';

/** Each strategy, and the files a page shows as "the code that ran". */
export const ioStrategies: Record<IoStrategyName, { run: IoStrategy; sourceFiles: readonly string[] }> = {
  sequential: { run: sequential, sourceFiles: ['lib/io/sequential.ts'] },
  threads: { run: threadPool, sourceFiles: ['lib/io/thread-pool.ts', 'lib/io/fetch-worker.mjs'] },
  async: { run: asyncGather, sourceFiles: ['lib/io/async-gather.ts'] },
};
