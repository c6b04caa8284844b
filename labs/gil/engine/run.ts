import 'server-only';
import os from 'node:os';
import { pushStream } from '@/platform/runs/push-queue.mjs';
import { ApiError } from '@/platform/http/errors';

import { claimExclusive } from '@/platform/process/exclusive';
import { runCpythonEngine } from './cpython';
import {
  findInterpreters,
  HOW_TO_GET_FREE_THREADED,
  type PythonInterpreter,
} from '@/platform/process/interpreters';
import { parallelMs, round } from '../lane-report';
import { runNodeEngine } from './engine';
import { CPU_LIMITS, cpuTimeLimitMs, type CpuParams } from '../params';
import { guardRun } from '@/platform/runs/run-guard';
import type { CpuEngine, CpuPlan, EngineEvent, LaneReport } from '../contract';
import type { CpuStart, CpuEvent } from '../contract';

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

function startOf(
  choice: EngineChoice,
  plan: CpuPlan,
  ready: Extract<EngineEvent, { type: 'ready' }>,
): CpuStart {
  const { python } = choice;
  return {
    engine: choice.engine,
    strategy: plan.strategy,
    gil: plan.gil,
    model_gil: choice.engine === 'node' && plan.gil,
    params: {
      tasks: plan.tasks,
      work_ms: plan.work_ms,
      switch_interval_ms: plan.switch_interval_ms,
    },
    cores: os.availableParallelism(),
    sequential_estimate_ms: plan.tasks * plan.work_ms,
    setup_ms: ready.setup_ms,
    iterations_per_ms: round(ready.iterations_per_ms),
    processes: ready.pids.length,
    python_version: ready.python?.version ?? null,
    interpreter:
      python && ready.python
        ? {
            command: python.command,
            version: ready.python.version,
            free_threaded: python.free_threaded,
            gil_enabled: ready.python.gil_enabled,
            switch_interval_ms: ready.python.switch_interval_ms,
          }
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
  return pushStream<CpuEvent>(async (push, stopped) => {
    const choice = await chooseEngine(params);
    const release = claimExclusive('CPU-bound', retryAfterSeconds());
    holder.__concurrencyLabCpuRunEndsAt =
      Date.now() + Math.min(timeLimitMs, CPU_LIMITS.graceMs / 3 + params.tasks * params.work_ms);
    const guard = guardRun(signal, stopped, timeLimitMs);
    const plan: CpuPlan = {
      strategy: params.strategy,
      tasks: params.tasks,
      work_ms: params.work_ms,
      switch_interval_ms: params.switch_interval_ms,
      gil: choice.gil,
    };
    try {
      const events =
        choice.engine === 'cpython' && choice.python
          ? runCpythonEngine(plan, choice.python, guard.signal)
          : runNodeEngine(plan, guard.signal);
      let start: CpuStart | undefined;
      let elapsed: number | undefined;
      const lanes: LaneReport[] = [];
      for await (const event of events) {
        if (event.type === 'ready') {
          start = startOf(choice, plan, event);
          push({ event: 'start', data: start });
        } else if (event.type === 'lane') {
          lanes.push(event.lane);
          push({ event: 'lane', data: event.lane });
        } else elapsed = event.elapsed_ms;
      }
      if (!start || elapsed === undefined || lanes.length !== plan.tasks)
        throw new Error('the engine ended without a full result');
      const busy = lanes.reduce((sum, lane) => sum + lane.busy_ms, 0);
      push({
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
    } finally {
      guard.dispose();
      holder.__concurrencyLabCpuRunEndsAt = undefined;
      release();
    }
  });
}
