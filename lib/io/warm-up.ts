import 'server-only';
import { ioQuery } from './params';
import { runIoExperiment } from './run';

/**
 * One small async run and one threads run (which starts and warms a pool of the default size),
 * before the server takes requests: the upstream thread, the HTTP client, the default pool and
 * the code they run are then warm, so the first readers' runs are not measured against the
 * server's own start-up. The pool closes after a minute unused, like any other.
 */
export async function warmUpIo(): Promise<void> {
  for (const strategy of ['async', 'threads'] as const) {
    const params = ioQuery.parse({ strategy, count: '10', delay_ms: '0' });
    for await (const event of runIoExperiment(params, AbortSignal.timeout(10_000))) void event;
  }
}
