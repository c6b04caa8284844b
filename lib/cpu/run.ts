import 'server-only';
import os from 'node:os';
import { FixedBuffer, Repeater } from '@repeaterjs/repeater';
import { ApiError } from '@/lib/api/errors';
import type { StreamEvent } from '@/lib/api/sse';
import { claimExclusive } from '@/lib/process/exclusive';
import { runCpythonEngine } from './cpython';
import { findInterpreters, HOW_TO_GET_FREE_THREADED, type PythonInterpreter } from './interpreters';
import { parallelMs, round } from './lane-report';
import { runNodeEngine } from './node/engine';
import { CPU_LIMITS, cpuTimeLimitMs, type CpuParams } from './params';
import { guardRun } from './run-guard';
import type { CpuEngine, CpuPlan, CpuStrategy, EngineEvent, LaneReport } from './types';

/** The interpreter a cpython run used, as it described itself. */
export interface InterpreterUsed {
  command: string;
  version: string;
  free_threaded: boolean;
  gil_enabled: boolean;
  switch_interval_ms: number;
}

/** What is known once every thread or process is ready and the clock starts: the `start` event. */
export interface CpuStart {
  engine: CpuEngine;
  strategy: CpuStrategy;
  /** The GIL as asked for (cpython: the real one; node: a model of it). */
  gil: boolean;
  /** True when the GIL of this run is lib/cpu/node/model-gil.mjs, a model, not CPython's. */
  model_gil: boolean;
  params: Pick<CpuParams, 'tasks' | 'work_ms' | 'switch_interval_ms'>;
  /** os.availableParallelism(): how many lanes can compute at once, at best. */
  cores: number;
  /** tasks × work_ms: one task after another on one free core (the work is calibrated to work_ms). */
  sequential_estimate_ms: number;
  /** Starting and warming up threads or processes, before the clock started. */
  setup_ms: number;
  iterations_per_ms: number;
  /** How many processes the run started (for node threads: none, they live in the server). */
  processes: number;
  python_version: string | null;
  interpreter: InterpreterUsed | null;
}

/** The whole result: the JSON answer, and the `done` event of the stream. */
export interface CpuResult extends CpuStart {
  /** From the clock start to the end of the last lane's work. */
  elapsed_ms: number;
  /** Time the lanes spent computing, summed. */
  busy_ms: number;
  /** busy / elapsed: how many lanes computed at once, on average (1 = one at a time). */
  parallelism: number;
  /** sequential_estimate / elapsed. */
  speedup: number;
  /** How long two or more lanes computed at the same moment (0 under a GIL: they take turns). */
  parallel_ms: number;
  /** One entry per task, in lane order. */
  threads: LaneReport[];
}

export type CpuEvent = StreamEvent<'start', CpuStart> | StreamEvent<'lane', LaneReport> | StreamEvent<'done', CpuResult>;

interface EngineChoice {
  engine: CpuEngine;
  gil: boolean;
  python: PythonInterpreter | null;
}

/** The engine and interpreter for a query, or the reason this server cannot run it. */
async function chooseEngine(params: CpuParams): Promise<EngineChoice> {
  const { python, free_threaded } = await findInterpreters();
  const engine = params.engine ?? (python || free_threaded ? 'cpython' : 'node');
  const gil = params.gil ?? engine === 'cpython';
  if (engine === 'node') return { engine, gil, python: null };
  if (!gil) {
    if (free_threaded) return { engine, gil, python: free_threaded };
    const message = `gil=off needs a free-threaded CPython (python3.14t or python3.13t), and this server has none. ${HOW_TO_GET_FREE_THREADED} Or use engine=node, which has no GIL.`;
    throw new ApiError(400, message, [{ path: 'gil', message }]);
  }
  // A free-threaded build can run with its GIL switched back on (-X gil=1).
  const withGil = python ?? free_threaded;
  if (!withGil) throw new ApiError(503, 'python3 is not available on this server; use engine=node');
  return { engine, gil, python: withGil };
}

// When the CPU-bound run in progress should end, for the Retry-After of the runs it turns away.
const holder = globalThis as typeof globalThis & { __concurrencyLabCpuRunEndsAt?: number };

function retryAfterSeconds(): number {
  const endsAt = holder.__concurrencyLabCpuRunEndsAt ?? Date.now() + 5_000;
  return Math.max(1, Math.ceil((endsAt - Date.now()) / 1000));
}

function startOf(choice: EngineChoice, plan: CpuPlan, ready: Extract<EngineEvent, { type: 'ready' }>): CpuStart {
  const { python } = choice;
  return {
    engine: choice.engine,
    strategy: plan.strategy,
    gil: plan.gil,
    model_gil: choice.engine === 'node' && plan.gil,
    params: { tasks: plan.tasks, work_ms: plan.work_ms, switch_interval_ms: plan.switch_interval_ms },
    cores: os.availableParallelism(),
    sequential_estimate_ms: plan.tasks * plan.work_ms,
    setup_ms: ready.setup_ms,
    iterations_per_ms: round(ready.iterations_per_ms),
    processes: ready.pids.length,
    python_version: ready.python?.version ?? null,
    interpreter:
      python && ready.python
        ? { command: python.command, version: ready.python.version, free_threaded: python.free_threaded, gil_enabled: ready.python.gil_enabled, switch_interval_ms: ready.python.switch_interval_ms }
        : null,
  };
}

/**
 * Runs one CPU-bound experiment: `start` once every thread or process is ready, a `lane`
 * event as each task finishes, then `done`. One such run at a time server-wide: admission
 * queues computing runs one behind the other, and a caller that bypasses it gets 429 with
 * Retry-After; threads and processes are reaped when the run ends, is cancelled or exceeds
 * its time limit.
 */
export function runCpuExperiment(
  params: CpuParams,
  signal: AbortSignal,
  { timeLimitMs = cpuTimeLimitMs(params) }: { timeLimitMs?: number } = {},
): AsyncIterable<CpuEvent> {
  return new Repeater<CpuEvent>(async (push, stop) => {
    const choice = await chooseEngine(params);
    const release = claimExclusive('CPU-bound', retryAfterSeconds());
    holder.__concurrencyLabCpuRunEndsAt = Date.now() + Math.min(timeLimitMs, CPU_LIMITS.graceMs / 3 + params.tasks * params.work_ms);
    const guard = guardRun(signal, stop, timeLimitMs);
    const plan: CpuPlan = { strategy: params.strategy, tasks: params.tasks, work_ms: params.work_ms, switch_interval_ms: params.switch_interval_ms, gil: choice.gil };
    try {
      const events =
        choice.engine === 'cpython' && choice.python ? runCpythonEngine(plan, choice.python, guard.signal) : runNodeEngine(plan, guard.signal);
      let start: CpuStart | undefined;
      let elapsed: number | undefined;
      const lanes: LaneReport[] = [];
      for await (const event of events) {
        if (event.type === 'ready') {
          start = startOf(choice, plan, event);
          void push({ event: 'start', data: start });
        } else if (event.type === 'lane') {
          lanes.push(event.lane);
          void push({ event: 'lane', data: event.lane });
        } else elapsed = event.elapsed_ms;
      }
      if (!start || elapsed === undefined || lanes.length !== plan.tasks) throw new Error('the engine ended without a full result');
      const busy = lanes.reduce((sum, lane) => sum + lane.busy_ms, 0);
      void push({
        event: 'done',
        data: {
          ...start,
          elapsed_ms: elapsed,
          busy_ms: round(busy),
          parallelism: round(busy / elapsed),
          speedup: round(start.sequential_estimate_ms / elapsed),
          parallel_ms: parallelMs(lanes),
          threads: lanes.sort((a, b) => a.lane - b.lane),
        },
      });
      stop();
    } catch (error) {
      stop(error);
    } finally {
      guard.dispose();
      holder.__concurrencyLabCpuRunEndsAt = undefined;
      release();
    }
  }, new FixedBuffer(params.tasks + 2));
}
