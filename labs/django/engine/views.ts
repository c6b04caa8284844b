import 'server-only';
import { Piscina } from 'piscina';
import { request } from 'undici';
import { Cap, sharedCap } from '@/platform/http/cap';
import { ApiError } from '@/platform/http/errors';
import { importOnlyExecArgv } from '@/platform/process/pool-exec-argv';
import { workerFile } from '@/platform/process/worker-file';

/** How long the sync view sleeps, as in the essay. */
export const SYNC_VIEW_SLEEP_MS = 1000;
/** How many sub-requests the aggregated view makes, as in the essay. */
export const AGGREGATED_REQUESTS = 10;
/** Calls that may wait for a thread; beyond that the view is refused (429) rather than queued. */
const SYNC_VIEW_QUEUE = 64;
const SYNC_VIEW_THREADS = Number(process.env.LAB_SYNC_VIEW_THREADS) || 32;

// Django gives each ASGI request its own thread for sync code (asgiref's per-request
// ThreadSensitiveContext). A bounded pool stands in for that: enough threads for the
// aggregated view's ten calls to overlap, and a queue beyond that instead of unbounded threads.
const holder = globalThis as typeof globalThis & { __concurrencyLabSyncViews?: Piscina };

function syncViewThreads(): Piscina {
  holder.__concurrencyLabSyncViews ??= new Piscina({
    filename: workerFile('django', 'sync-view-worker.mjs'),
    execArgv: importOnlyExecArgv(),
    minThreads: AGGREGATED_REQUESTS,
    maxThreads: SYNC_VIEW_THREADS,
    idleTimeout: 30_000,
    maxQueue: SYNC_VIEW_QUEUE,
  });
  return holder.__concurrencyLabSyncViews;
}

/** `def api(request)`: blocks a pool thread for a second, then answers. */
export async function syncApiView(
  taskId: string | null,
): Promise<{ message: string; task_id: string | null }> {
  const pool = syncViewThreads();
  // Piscina rejects a task beyond its queue with a plain Error (a 500); a full server is a
  // busy server: refuse with 429 and Retry-After, like the experiments' admission control.
  if (pool.queueSize >= SYNC_VIEW_QUEUE) {
    throw new ApiError(
      429,
      'every sync-view thread is busy and the queue is full; try again shortly',
      [],
      { 'Retry-After': '2' },
    );
  }
  return pool.run({ taskId, sleepMs: SYNC_VIEW_SLEEP_MS });
}

/**
 * Aggregated views at once: each holds ten sync-view threads for its second, so only as many
 * as have their threads run (else a view would time the queue, not the concurrency); more wait
 * for nobody and are refused with 429.
 */
const aggregatedViews = () =>
  sharedCap(
    'django-aggregated',
    () =>
      new Cap(
        Math.max(1, Math.floor(SYNC_VIEW_THREADS / AGGREGATED_REQUESTS)),
        'the async view is already running for other readers; try again in a few seconds',
      ),
  );

/**
 * `async def api_aggregated(request)`: calls the sync view over HTTP ten times at once,
 * like `asyncio.gather(*[client.get(url) for url in urls])`, and reports how long it took.
 * A call that failed fails the view (503 when the sync view was busy, else 502).
 */
export function apiAggregatedView(origin: string, signal: AbortSignal) {
  return aggregatedViews().run(async () => {
    const urls = Array.from(
      { length: AGGREGATED_REQUESTS },
      (_, taskId) => `${origin}/sync/api/?task_id=${taskId}`,
    );
    const started = performance.now();
    const answers = await Promise.all(
      urls.map(async (url) => {
        const { statusCode, body } = await request(url, { signal });
        return { status: statusCode, body: (await body.json()) as { error?: string } };
      }),
    );
    const elapsed = (performance.now() - started) / 1000;
    const failed = answers.filter((answer) => answer.status !== 200);
    if (failed.length > 0) {
      const busy = failed.some((answer) => answer.status === 429);
      throw new ApiError(
        busy ? 503 : 502,
        `${failed.length} of ${AGGREGATED_REQUESTS} calls of the sync view failed: ${failed[0].body.error ?? `status ${failed[0].status}`}`,
        [],
        busy ? { 'Retry-After': '2' } : {},
      );
    }
    return {
      responses: answers.map((answer) => answer.body),
      debug_message: `fetch executed in ${elapsed.toFixed(2)} seconds.`,
    };
  });
}

/** Where this server can reach itself: loopback and the port `next start`/`next dev` set. */
export function selfOrigin(): string {
  return `http://127.0.0.1:${process.env.PORT ?? 3000}`;
}
