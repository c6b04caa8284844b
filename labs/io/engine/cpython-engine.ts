import 'server-only';
import path from 'node:path';
import { notOnThisServer } from '@/platform/http/errors';
import { probePython } from '@/platform/process/python-probe';
import { PythonWorker } from './python-worker';
import type { IoStrategy, IoStrategyName, RequestTiming } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

const RUNNER = workerFile('io', 'runner.py');

/** The Python files each strategy runs on the CPython engine (the runner hands them a client). */
export const CPYTHON_SOURCE_FILES: Record<IoStrategyName | 'async_limited', string> = {
  sequential: 'labs/io/workers/sequential.py',
  threads: 'labs/io/workers/threads.py',
  async: 'labs/io/workers/async_gather.py',
  async_limited: 'labs/io/workers/async_limited.py',
};

export const HOW_TO_GET_HTTPX =
  'The CPython engine needs a python3 that can import httpx: run `npm run setup:python` (Debian: `apt-get install python3-httpx`), then restart the server.';

export interface HttpxPython {
  command: string;
  version: string;
  httpx: string;
}

// The first interpreter that imports httpx: the .venv `npm run setup:python` makes, else
// python3 on PATH, else Debian's (a pyenv python3 first on PATH may lack what Debian's has).
const CANDIDATES = [
  path.join(/* turbopackIgnore: true */ process.cwd(), '.venv/bin/python3'),
  'python3',
  '/usr/bin/python3',
];
const PROBE =
  'import httpx, json, platform; print(json.dumps({"version": platform.python_version(), "httpx": httpx.__version__}))';

async function probe(command: string): Promise<HttpxPython | null> {
  const found = await probePython<Omit<HttpxPython, 'command'>>(command, PROBE);
  return found && { command, ...found };
}

interface Engine {
  python: Promise<HttpxPython | null>;
  idle: PythonWorker[];
}

const holder = globalThis as typeof globalThis & { __concurrencyLabIoPython?: Engine };
const engine = (): Engine =>
  (holder.__concurrencyLabIoPython ??= {
    python: (async () => {
      for (const command of CANDIDATES) {
        const found = await probe(command);
        if (found) return found;
      }
      return null;
    })(),
    idle: [],
  });

/** The interpreter the CPython engine uses, looked up once per server process; null without httpx. */
export function findHttpxPython(): Promise<HttpxPython | null> {
  return engine().python;
}

/** Warm workers kept between runs; a run that finds none starts one (before its clock). */
const IDLE_WORKERS = 2;

async function takeWorker(python: HttpxPython): Promise<PythonWorker> {
  const { idle } = engine();
  let worker = idle.pop();
  while (worker && !worker.alive) worker = idle.pop();
  worker ??= new PythonWorker(python.command, RUNNER);
  await worker.hello;
  return worker;
}

/**
 * After a run: its worker goes back to the idle list, or (killed, or one too many) away; a
 * replacement starts now, between runs, since an interpreter starting up beside a measured run
 * would take CPU from it (two cores).
 */
function afterRun(worker: PythonWorker, python: HttpxPython, reusable: boolean) {
  const { idle } = engine();
  if (reusable && worker.alive && idle.length < IDLE_WORKERS) idle.push(worker);
  else void worker.kill();
  if (idle.length === 0) idle.push(new PythonWorker(python.command, RUNNER));
}

/** Starts one worker ahead of the first run (the server's warm-up calls this). */
export async function warmUpPythonWorker(): Promise<void> {
  const python = await findHttpxPython();
  const { idle } = engine();
  if (python && idle.length === 0) {
    const worker = new PythonWorker(python.command, RUNNER);
    idle.push(worker);
    await worker.hello.catch(() => undefined);
  }
}

/**
 * A strategy run by CPython: a warm worker runs the strategy's .py file with a real
 * `httpx.Client` (threads: a real `ThreadPoolExecutor`) or `httpx.AsyncClient` on one asyncio
 * loop, and reports each request's timing on its own `time.perf_counter()` clock. The worker
 * starts its clock after opening the run's connections; the run's clock here starts when it
 * says so and is stopped at the worker's elapsed time. A cancelled run kills its worker.
 */
export function cpythonStrategy(strategy: IoStrategyName): IoStrategy {
  return async function* (plan, clock, signal) {
    const python = await findHttpxPython();
    if (!python)
      throw notOnThisServer(
        'engine',
        `this server has no python3 with httpx, so engine=cpython cannot run; use engine=node. ${HOW_TO_GET_HTTPX}`,
      );
    const worker = await takeWorker(python);
    const stop = () => void worker.kill();
    signal.addEventListener('abort', stop, { once: true });
    let finished = false;
    try {
      worker.send({
        strategy,
        urls: plan.tasks.map((task) => task.url),
        workers: plan.workers,
        limit: plan.limit,
        timeout_ms: plan.tasks[0]?.timeoutMs ?? 30_000,
        warm_url: new URL('/health', plan.tasks[0].url).href,
      });
      for (;;) {
        const line = await worker.next().catch((error: unknown) => {
          if (signal.aborted) throw new DOMException('the run was cancelled', 'AbortError');
          throw new Error(
            `the Python worker stopped during the run (${String(error)}); a new one takes the next run`,
          );
        });
        if (line.event === 'started') clock.start();
        else if (line.event === 'request') {
          const { event: _event, ...timing } = line;
          yield timing as unknown as RequestTiming;
        } else if (line.event === 'end') {
          clock.stop(clock.origin + line.elapsed_ms);
          finished = true;
          return;
        } else if (line.event === 'error') {
          finished = true;
          throw new Error(`the Python run failed: ${line.message}`);
        }
      }
    } finally {
      signal.removeEventListener('abort', stop);
      if (!finished) await worker.kill();
      afterRun(worker, python, finished);
    }
  };
}
