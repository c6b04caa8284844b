import { WhatThisShows } from '@/components/lab-shell/lab-parts';
import { MAX_AMOUNT } from '@/labs/race/workers/bank.mjs';

/** The lesson of the race lab, next to its results. */
export function RaceWhatThisShows() {
  return (
    <WhatThisShows>
      <li>
        <strong>The essay&apos;s bank transfer.</strong> Each transfer reads two balances, then
        writes both back, moving 1 to {MAX_AMOUNT}. Money only moves, so the total can never change,
        unless two transfers interleave.
      </li>
      <li>
        <strong>Read, modify, write.</strong> If another worker writes an account between this
        transfer&apos;s read and its write, this write puts back a balance computed from the old
        read, and the other update is gone. A lost debit creates money; a lost credit destroys it.
      </li>
      <li>
        <strong>Threads</strong> can interleave anywhere. Node&apos;s worker threads run at the same
        moment on different cores, so nothing has to yield. Only the lock, which turns the four
        steps into one, keeps the books, and it costs time: each transfer waits its turn.
      </li>
      <li>
        <strong>Async tasks with no await inside the transfer</strong> are safe without a lock: one
        event loop runs one task at a time and switches only at an <code>await</code>, so the four
        steps always run together.
      </li>
      <li>
        <strong>An await between the read and the write</strong>, like a database round trip, hands
        the loop to every other task, and they read the same old balances: the race is back, and
        only an async lock (<code>asyncio.Lock</code>) fixes it.
      </li>
      <li>
        <strong>
          CPython 3.10+ threads rarely race without <code>time.sleep(0)</code>.
        </strong>{' '}
        The interpreter looks for a GIL handover only at backward jumps and calls, and the transfer
        has neither between its read and its write. That is luck, not safety: any call in the window
        (a log line, a query) or the free-threaded build brings the race back.
      </li>
    </WhatThisShows>
  );
}
