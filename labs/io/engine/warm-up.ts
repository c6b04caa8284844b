import 'server-only';
import { ioQuery } from '../params';
import { runIoExperiment } from './run';
import { warmUpPythonWorker } from './cpython-engine';

/** The warm-up runs, in order: none waits, so together they take about 1.5 s. */
const WARM_UP_RUNS = [
  { strategy: 'async', count: '10' },
  // Three big bursts: V8 compiles the per-request code (client, upstream, event stream) to
  // optimized machine code only after it has run a few thousand times; until then a
  // 1000-request run is measured on slow code.
  ...Array.from({ length: 3 }, () => ({ strategy: 'async', count: '1000' })),
  { strategy: 'threads', count: '10' },
] as const;

/**
 * A few async runs and one threads run (which starts and warms a pool of the default size),
 * before the server takes requests: the upstream thread, the HTTP client, the default pool and
 * the code they run are then warm, so the first readers' runs are not measured against the
 * server's own start-up. A CPython worker is started too. The pool closes after a minute unused, like any other.
 */
export async function warmUpIo(): Promise<void> {
  for (const { strategy, count } of WARM_UP_RUNS) {
    const params = ioQuery.parse({ strategy, count, delay_ms: '0' });
    for await (const event of runIoExperiment(params, AbortSignal.timeout(10_000))) void event;
  }
  // The CPython engine's first worker (interpreter and httpx imported), where there is one.
  await warmUpPythonWorker();
}
