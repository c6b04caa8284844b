import 'server-only';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { PythonInterpreter } from '@/platform/process/interpreters';
import { laneReport } from '../lane-report';
import type { CpuPlan, EngineEvent, LaneReport } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

const SCRIPT = workerFile('gil', 'main.py');

/** The lines main.py prints. */
type ScriptLine =
  | { event: 'calibrated'; iterations_per_ms: number }
  | {
      event: 'ready';
      pids: number[];
      setup_ms: number;
      python_version: string;
      gil_enabled: boolean;
      switch_interval_ms: number;
    }
  | ({ event: 'lane' } & Omit<LaneReport, 'busy_ms'>)
  | { event: 'end'; elapsed_ms: number };

// Iterations of the loop per ms, measured by main.py once per interpreter (and GIL mode) and
// cached, so later runs skip the ~0.2 s calibration.
const holder = globalThis as typeof globalThis & {
  __concurrencyLabPythonRates?: Map<string, number>;
};
const rates = (holder.__concurrencyLabPythonRates ??= new Map());

/**
 * Kills the interpreter's whole process group: it and any multiprocessing children. Linux does
 * not hand out a pid again while a process group still uses it as its id, so this cannot hit
 * a stranger while any of ours is alive; once all are gone it fails with ESRCH.
 */
function killGroup(pid: number) {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // ESRCH: every process of the group is gone already.
  }
}

/**
 * The cpython engine: `python3 labs/gil/workers/main.py STRATEGY …` (stdlib only) does the
 * work with real threads, processes or asyncio under the real GIL, and prints one JSON line
 * per event. The interpreter leads its own process group, so that a cancelled or timed-out
 * run kills it together with its multiprocessing children; the iteration ends only after the
 * interpreter has exited and the group has been killed.
 */
export async function* runCpythonEngine(
  plan: CpuPlan,
  python: PythonInterpreter,
  signal: AbortSignal,
): AsyncIterable<EngineEvent> {
  // A free-threaded build runs with the GIL on or off as asked; a default build always has it.
  const gilFlag = python.free_threaded ? ['-X', `gil=${plan.gil ? 1 : 0}`] : [];
  const rateKey = `${python.path} ${gilFlag.join(' ')}`;
  const cachedRate = rates.get(rateKey);
  const args = [
    ...['-E', '-s', '-B', ...gilFlag, SCRIPT, plan.strategy],
    ...[
      '--tasks',
      String(plan.tasks),
      '--work-ms',
      String(plan.work_ms),
      '--switch-interval-ms',
      String(plan.switch_interval_ms),
    ],
    ...(cachedRate === undefined ? [] : ['--iterations-per-ms', String(cachedRate)]),
  ];
  const child = spawn(python.path, args, { detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  let stderr = '';
  child.stderr
    .setEncoding('utf8')
    .on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2_000)));
  const pid = child.pid;
  const stopChild = () => (pid === undefined ? undefined : killGroup(pid));
  signal.addEventListener('abort', stopChild, { once: true });
  if (signal.aborted) stopChild();

  let rate = cachedRate ?? Number.NaN;
  try {
    for await (const text of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      const line = JSON.parse(text) as ScriptLine;
      if (line.event === 'calibrated') {
        rate = line.iterations_per_ms;
        rates.set(rateKey, rate);
      } else if (line.event === 'ready') {
        yield {
          type: 'ready',
          setup_ms: line.setup_ms,
          iterations_per_ms: rate,
          pids: pid === undefined ? line.pids : [pid, ...line.pids],
          python: {
            version: line.python_version,
            gil_enabled: line.gil_enabled,
            switch_interval_ms: line.switch_interval_ms,
          },
        };
      } else if (line.event === 'lane') {
        const { event: _event, ...lane } = line;
        yield { type: 'lane', lane: laneReport(lane) };
      } else yield { type: 'end', elapsed_ms: line.elapsed_ms };
    }
    await closed;
    signal.throwIfAborted();
    if (spawnError) throw spawnError;
    if (child.exitCode !== 0)
      throw new Error(
        `main.py exited with ${child.exitCode ?? child.signalCode}: ${stderr.trim()}`,
      );
  } finally {
    signal.removeEventListener('abort', stopChild);
    stopChild();
    await closed;
  }
}
