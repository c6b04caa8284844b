import { WhatThisShows } from '@/components/lab-shell/lab-parts';
/** The lesson of the scale lab, next to its results. */
export function ScaleWhatThisShows() {
  return (
    <WhatThisShows>
      <li>
        <strong>An idle thread costs kilobytes, not 8 MiB.</strong> Measured here, a CPython thread
        adds about 16 KiB of resident memory plus about 16 KiB of kernel stack. The 8 MiB stack is
        reserved address space: its pages become memory only when the thread touches them.
      </li>
      <li>
        <strong>A task costs about a kilobyte.</strong> An asyncio task waiting on a sleep is a
        coroutine, a Task object and a timer on the heap, about 1–2 KB; a suspended Node async
        function with its timer is in the same range. There is no stack and no kernel object per
        task.
      </li>
      <li>
        <strong>Both are fine at 10,000.</strong> The ten-fold gap matters at 100,000 idle
        connections and more, where threads mean gigabytes of RAM, kernel limits (
        <code>ulimit -u</code>, <code>pids.max</code>) and creation times that grow as threads pile
        up.
      </li>
      <li>
        <strong>A Node worker is not an OS thread in the C or Python sense.</strong> Each is an OS
        thread <em>plus</em> a whole V8 isolate with its own heap, event loop and copy of every
        module: about 8 MiB and tens of milliseconds each. It is a different, heavier thing, closer
        to a subinterpreter, so it says nothing about what threads cost.
      </li>
    </WhatThisShows>
  );
}
