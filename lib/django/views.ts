import 'server-only';
import path from 'node:path';
import { Piscina } from 'piscina';
import { request } from 'undici';
import { ApiError } from '@/lib/api/errors';
import { importOnlyExecArgv } from '@/lib/process/pool-exec-argv';

/** How long the sync view sleeps, as in the essay. */
export const SYNC_VIEW_SLEEP_MS = 1000;
/** How many sub-requests the aggregated view makes, as in the essay. */
export const AGGREGATED_REQUESTS = 10;
/** Calls that may wait for a thread; beyond that the view is refused (429) rather than queued. */
const SYNC_VIEW_QUEUE = 256;

// Django gives each ASGI request its own thread for sync code (asgiref's per-request
// ThreadSensitiveContext). A bounded pool stands in for that: enough threads for the
// aggregated view's ten calls to overlap, and a queue beyond that instead of unbounded threads.
const holder = globalThis as typeof globalThis & { __concurrencyLabSyncViews?: Piscina };

function syncViewThreads(): Piscina {
  holder.__concurrencyLabSyncViews ??= new Piscina({
    filename: path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/django/sync-view-worker.mjs'),
    execArgv: importOnlyExecArgv(),
    minThreads: AGGREGATED_REQUESTS,
    maxThreads: Number(process.env.LAB_SYNC_VIEW_THREADS ?? 32),
    idleTimeout: 30_000,
    maxQueue: SYNC_VIEW_QUEUE,
  });
  return holder.__concurrencyLabSyncViews;
}

/** `def api(request)`: blocks a pool thread for a second, then answers. */
export async function syncApiView(taskId: string | null): Promise<{ message: string; task_id: string | null }> {
  const pool = syncViewThreads();
  // Piscina rejects a task beyond its queue with a plain Error (a 500); a full server is a
  // busy server: refuse with 429 and Retry-After, like the experiments' admission control.
  if (pool.queueSize >= SYNC_VIEW_QUEUE) {
    throw new ApiError(429, 'every sync-view thread is busy and the queue is full; try again shortly', [], { 'Retry-After': '2' });
  }
  return pool.run({ taskId, sleepMs: SYNC_VIEW_SLEEP_MS });
}

/**
 * `async def api_aggregated(request)`: calls the sync view over HTTP ten times at once,
 * like `asyncio.gather(*[client.get(url) for url in urls])`, and reports how long it took.
 */
export async function apiAggregatedView(origin: string, signal: AbortSignal) {
  const urls = Array.from({ length: AGGREGATED_REQUESTS }, (_, taskId) => `${origin}/sync/api/?task_id=${taskId}`);
  const started = performance.now();
  const responses = await Promise.all(urls.map(async (url) => (await request(url, { signal })).body.json()));
  const elapsed = (performance.now() - started) / 1000;
  return { responses, debug_message: `fetch executed in ${elapsed.toFixed(2)} seconds.` };
}

/** Where this server can reach itself: loopback and the port `next start`/`next dev` set. */
export function selfOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}
