import { readdirSync, readFileSync } from 'node:fs';
import type { Piscina } from 'piscina';
import {
  afterAll,
  afterEach,
  beforeAll,
  beforeEach,
  describe,
  expect,
  it,
  vi,
  type MockInstance,
} from 'vitest';
import { GET as blocking } from '@/app/api/experiments/blocking/route';
import { GET as cpu } from '@/app/api/experiments/gil/route';
import { GET as io } from '@/app/api/experiments/io/route';
import { GET as race } from '@/app/api/experiments/race/route';
import { GET as scale } from '@/app/api/experiments/scale/route';
import { admission } from '@/platform/runs/admission';
import { blockingRunsInProgress } from '@/labs/blocking/engine/run';
import { findInterpreters } from '@/platform/process/interpreters';
import { eventsOf, type SseEvents } from '@/test/support/sse-events';
import { isRunning } from '@/test/support/processes';
import { closeIdlePools, leasePool } from '@/labs/io/engine/thread-pools';
import { descendantPids } from '@/platform/process/process-tree';
import { upstreamOrigin } from '@/platform/upstream';

// A browser that goes away mid-run stops the run's work within 250 ms, on every lab: its
// threads end, its processes are killed and reaped, its pool threads are idle again. Each
// case starts a long run through the route as an event stream, waits until the work is
// really under way, cancels the response body (what a closed tab does), and times how long
// the work takes to stop. Checked elsewhere already, and not repeated here: the I/O
// strategies at the engine level and the async run behind an event stream, with the
// upstream's own timers counted (labs/io/engine/cancellation.test.ts).

const { python } = await findInterpreters();
const NO_PYTHON = 'skipped: python3 is not installed here';
const NO_PROC = "skipped: no /proc here to find the run's processes";
const STOP_WITHIN_MS = 250;

/** OS threads of this process (Linux): a thread that was not stopped shows up here. */
const osThreads = () => readdirSync('/proc/self/task').length;
const hasProc = (() => {
  try {
    osThreads();
    return true;
  } catch {
    return false;
  }
})();

/** Threads leased to runs right now (labs/io/engine/thread-pools.ts). */
const leasedThreads = () =>
  (globalThis as { __concurrencyLabPools?: { leasedThreads: number } }).__concurrencyLabPools
    ?.leasedThreads ?? 0;

/** Starts a run as a browser does and returns its events once the first one has come. */
async function startStream(
  handler: (request: Request) => Promise<Response>,
  url: string,
): Promise<{ events: SseEvents; first: { event: string; data: unknown } }> {
  const response = await handler(
    new Request(`http://test${url}`, { headers: { accept: 'text/event-stream' } }),
  );
  expect(response.status).toBe(200);
  const events = eventsOf(response);
  const first = await events.next();
  expect(first).not.toBeNull();
  return { events, first: first! };
}

/** Cancels the stream and returns how long it took until `stopped()` held (it must, within the bound). */
async function cancelAndTime(events: SseEvents, stopped: () => boolean): Promise<number> {
  const cancelledAt = performance.now();
  await events.cancel();
  await expect.poll(stopped, { timeout: STOP_WITHIN_MS, interval: 5 }).toBe(true);
  return performance.now() - cancelledAt;
}

/** Waits (polling, as the other labs' tests do) until `condition` holds. */
/** The run's processes, read from /proc once all `count` of them are up (runs no longer name them). */
async function runProcesses(count: number): Promise<number[]> {
  await until(() => (descendantPids()?.length ?? 0) >= count);
  const pids = descendantPids()!;
  expect(pids).toHaveLength(count);
  return pids;
}

async function until(condition: () => boolean, timeout = 10_000): Promise<void> {
  await expect.poll(condition, { timeout, interval: 5 }).toBe(true);
}

// A reader going away is not a server fault: nothing may be logged as an error.
let errorLog: MockInstance<typeof console.error>;
beforeEach(() => {
  errorLog = vi.spyOn(console, 'error');
});
afterEach(() => {
  expect(errorLog).not.toHaveBeenCalled();
  errorLog.mockRestore();
});

afterAll(async () => {
  await closeIdlePools();
  expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
});

describe('io threads behind an event stream', () => {
  let pool: Piscina;
  beforeAll(async () => {
    // The run will reuse this idle pool of 2, so the test can watch its threads.
    await closeIdlePools();
    const lease = await leasePool(2, `${await upstreamOrigin()}/health`);
    pool = lease.pool;
    lease.release();
  });

  it('hands its pool back with every thread idle within 250 ms', async () => {
    const completedBefore = pool.completed;
    const { events, first } = await startStream(
      io,
      '/api/experiments/io?strategy=threads&workers=2&count=6&delay_ms=5000',
    );
    expect(first.event).toBe('start');
    expect(leasedThreads()).toBe(2);
    // Both threads are working through the run's queue (one pool task each), each waiting on
    // a 5 s request; four requests are still in the queue.
    expect(pool.queueSize).toBe(0);
    const ms = await cancelAndTime(
      events,
      () => leasedThreads() === 0 && pool.completed - completedBefore === 2,
    );
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  });
});

describe.skipIf(!hasProc)('blocking behind an event stream (Linux: counts /proc/self/task)', () => {
  it.each([
    ['blocking-sleep', 'its thread, asleep in a blocking call, is terminated'],
    ['offloaded', 'its loop thread and its executor thread end'],
  ])('%s: %s within 250 ms', async (mode) => {
    const before = osThreads();
    const { events, first } = await startStream(
      blocking,
      `/api/experiments/blocking?mode=${mode}&tasks=3&delay_ms=2000&block_ms=3000`,
    );
    expect(first.event).toBe('start');
    expect(blockingRunsInProgress()).toBe(1);
    expect(osThreads()).toBeGreaterThan(before);
    const ms = await cancelAndTime(
      events,
      () => blockingRunsInProgress() === 0 && osThreads() <= before,
    );
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  });
});

describe('cpu behind an event stream', () => {
  // The interpreter leads a process group with its three children; node starts three children.
  it.for([
    ['node', 'every child process is killed and reaped', 3],
    ['cpython', 'the interpreter and its children are gone', 4],
  ] as const)('%s processes: %s within 250 ms', async ([engine, , processes], context) => {
    context.skip(engine === 'cpython' && !python, NO_PYTHON);
    context.skip(!hasProc, NO_PROC);
    const { events, first } = await startStream(
      cpu,
      `/api/experiments/gil?engine=${engine}&strategy=processes&tasks=3&work_ms=2000`,
    );
    expect(first.event).toBe('start');
    expect(first.data).toMatchObject({ processes });
    const pids = await runProcesses(processes);
    const ms = await cancelAndTime(events, () => !pids.some(isRunning));
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  });

  it.skipIf(!hasProc)('node threads: every worker thread ends within 250 ms', async () => {
    // A first short run starts any helper threads that are started lazily.
    const warmUp = await startStream(
      cpu,
      '/api/experiments/gil?engine=node&strategy=threads&tasks=4&work_ms=10',
    );
    while (await warmUp.events.next());
    const before = osThreads();
    const { events, first } = await startStream(
      cpu,
      '/api/experiments/gil?engine=node&strategy=threads&tasks=4&work_ms=2000',
    );
    expect(first.event).toBe('start');
    expect(osThreads()).toBeGreaterThanOrEqual(before + 4);
    const ms = await cancelAndTime(events, () => osThreads() <= before);
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  });
});

describe('race behind an event stream', () => {
  it.skipIf(!hasProc).each([
    ['threads', 'workers=4&transfers=1000000&lock=on', 4],
    ['async', 'workers=16&transfers=1000000&lock=on&yield_between=on', 1],
  ])('node %s: its threads end within 250 ms', async (strategy, query, threads) => {
    const before = osThreads();
    const { events, first } = await startStream(
      race,
      `/api/experiments/race?strategy=${strategy}&${query}`,
    );
    expect(first.event).toBe('start');
    // `start` comes before the threads exist: wait until they are all running.
    await until(() => osThreads() >= before + threads);
    const ms = await cancelAndTime(events, () => osThreads() <= before);
    expect(ms).toBeLessThan(STOP_WITHIN_MS);
  });

  it.skipIf(!python)(
    `cpython threads: the interpreter is gone within 250 ms (${python ? python.version : NO_PYTHON})`,
    async () => {
      const pythonChildren = () =>
        readdirSync('/proc').filter((entry) => /^\d+$/.test(entry) && isChildPython(Number(entry)));
      const { events, first } = await startStream(
        race,
        '/api/experiments/race?strategy=threads&engine=cpython&workers=16&transfers=1000000&lock=on&yield_between=on',
      );
      expect(first.event).toBe('start');
      await until(() => pythonChildren().length === 1);
      const [pid] = pythonChildren().map(Number);
      const ms = await cancelAndTime(events, () => !isRunning(pid));
      expect(ms).toBeLessThan(STOP_WITHIN_MS);
    },
  );
});

/** True for a live child of this process running race.py. */
function isChildPython(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    return (
      parent === process.pid &&
      readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('race.py') &&
      isRunning(pid)
    );
  } catch {
    return false;
  }
}

describe('scale behind an event stream', () => {
  it.for([
    ['node', 'kind=threads&count=64'],
    ['node', 'kind=tasks&count=100000'],
    ['cpython', 'kind=threads&count=10000&engine=cpython'],
  ] as const)(
    '%s %s: the child is killed and reaped within 250 ms',
    async ([engine, query], context) => {
      context.skip(engine === 'cpython' && !python, NO_PYTHON);
      context.skip(!hasProc, NO_PROC);
      const { events, first } = await startStream(scale, `/api/experiments/scale?${query}`);
      expect(first.event).toBe('start');
      const [pid] = await runProcesses(1);
      const ms = await cancelAndTime(events, () => !exists(pid));
      expect(ms).toBeLessThan(STOP_WITHIN_MS);
    },
  );
});

/** True while a process with this pid exists, zombies included: a reaped child is gone. */
function exists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
