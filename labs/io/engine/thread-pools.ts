import 'server-only';
import { Piscina } from 'piscina';
import { admission } from '@/platform/runs/admission';
import { ApiError } from '@/platform/http/errors';
import { importOnlyExecArgv } from '@/platform/process/pool-exec-argv';
import { workerFile } from '@/platform/process/worker-file';

// Pools of real OS threads (worker_threads through piscina), kept warm between runs.
// A run leases a whole pool of exactly `workers` threads for itself, so two readers running
// at once never share threads (which would distort both measurements), and returns it after.

const WORKER_FILE = workerFile('io', 'fetch-worker.mjs');
const WARM_UP_FILE = workerFile('io', 'pool-warm-up.mjs');

/** Threads the server may hold in I/O pools at once, leased or idle. */
export const MAX_POOL_THREADS = Number(process.env.LAB_MAX_POOL_THREADS ?? 192);
/** An idle pool is closed after this long. */
const IDLE_MS = 60_000;

interface IdlePool {
  pool: Piscina;
  timer: NodeJS.Timeout;
}

interface PoolState {
  idle: Map<number, IdlePool[]>;
  leasedThreads: number;
}

const holder = globalThis as typeof globalThis & { __concurrencyLabPools?: PoolState };
const state = (holder.__concurrencyLabPools ??= { idle: new Map(), leasedThreads: 0 });

function idleThreads(): number {
  let total = 0;
  for (const [size, pools] of state.idle) total += size * pools.length;
  return total;
}

/** Closes idle pools, oldest first, until `needed` more threads fit in the budget. */
function makeRoom(needed: number) {
  for (const [size, pools] of state.idle) {
    while (pools.length > 0 && state.leasedThreads + idleThreads() + needed > MAX_POOL_THREADS) {
      const oldest = pools.shift()!;
      clearTimeout(oldest.timer);
      void oldest.pool.destroy();
    }
    if (pools.length === 0) state.idle.delete(size);
  }
}

async function createWarmPool(size: number, warmUrl: string): Promise<Piscina> {
  const pool = new Piscina({
    filename: WORKER_FILE,
    execArgv: importOnlyExecArgv(),
    minThreads: size,
    maxThreads: size,
    idleTimeout: Infinity,
    concurrentTasksPerWorker: 1,
    // Threads keep their event loop running between tasks, so keep-alive sockets stay usable.
    atomics: 'disabled',
  });
  const barrier = new SharedArrayBuffer(4);
  try {
    await Promise.all(
      Array.from({ length: size }, () =>
        pool.run(
          { url: warmUrl, barrier, threads: size },
          { filename: WARM_UP_FILE, name: 'warm' },
        ),
      ),
    );
  } catch (error) {
    // A pool that cannot warm up is nobody's: stop its threads, or they live forever.
    await pool.destroy();
    throw error;
  }
  return pool;
}

export interface PoolLease {
  pool: Piscina;
  release(): void;
}

/**
 * A warm pool of exactly `size` threads for one run; call `release()` when the run ends. A run
 * cancelled while it waits to create a pool gets the signal's reason instead.
 */
export async function leasePool(
  size: number,
  warmUrl: string,
  signal?: AbortSignal,
): Promise<PoolLease> {
  const reused = state.idle.get(size)?.pop();
  if (reused) clearTimeout(reused.timer);
  else {
    makeRoom(size);
    if (state.leasedThreads + size > MAX_POOL_THREADS) {
      throw new ApiError(429, 'all server threads are busy; try again in a few seconds', [], {
        'Retry-After': '5',
      });
    }
  }
  state.leasedThreads += size;
  let pool: Piscina;
  try {
    // Starting threads takes ~0.2 s of CPU each, which would land on the runs being measured
    // at the same time on this server: do it while no other run is.
    pool =
      reused?.pool ?? (await admission.whileAlone(() => createWarmPool(size, warmUrl), { signal }));
  } catch (error) {
    state.leasedThreads -= size;
    throw error;
  }
  let released = false;
  return {
    pool,
    release() {
      if (released) return;
      released = true;
      state.leasedThreads -= size;
      const entry: IdlePool = {
        pool,
        timer: setTimeout(() => {
          const pools = state.idle.get(size) ?? [];
          if (pools.includes(entry)) pools.splice(pools.indexOf(entry), 1);
          void pool.destroy();
        }, IDLE_MS).unref(),
      };
      state.idle.set(size, [...(state.idle.get(size) ?? []), entry]);
    },
  };
}

/** Closes every idle pool (tests and shutdown). */
export async function closeIdlePools(): Promise<void> {
  const pools = [...state.idle.values()].flat();
  state.idle.clear();
  await Promise.all(pools.map(({ pool, timer }) => (clearTimeout(timer), pool.destroy())));
}
