import type { RaceEngine, RaceStrategyName } from './contract';

/** What decides whether a transfer can be interrupted between its read and its write, per engine and strategy. */
export const RACE_NOTES: Record<RaceEngine, Record<RaceStrategyName, string>> = {
  node: {
    threads:
      "Node's worker threads run at the same moment on different cores, sharing the balances' memory: nothing has to yield for two transfers to interleave, and only a lock keeps the total.",
    async:
      'One event loop runs one task at a time and switches only at an await. With no await between the read and the write a transfer cannot be interrupted; put one there (like a database round trip) and the race is back.',
  },
  cpython: {
    threads:
      'Since Python 3.10 a thread can lose the GIL only at a backward jump or a call. The transfer has neither between its read and its write, so without time.sleep(0) a switch falls between transfers, almost never inside one: rare, not impossible, and gone on the free-threaded build.',
    async:
      'asyncio switches tasks only at an await: without one between the read and the write the transfer is atomic on this loop; with await asyncio.sleep(0) there (like a database query) the race is back.',
  },
};
