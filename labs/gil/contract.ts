// The CPU experiment's vocabulary, shared by the engines, the API and the UI.
import type { StreamEvent } from '@/platform/http/sse';
import type { PublicInterpreter } from '@/platform/process/interpreters';
import type { CPU_LIMITS, CpuParams } from './params';

export const CPU_STRATEGIES = ['sequential', 'threads', 'processes', 'async'] as const;
export type CpuStrategy = (typeof CPU_STRATEGIES)[number];

export const CPU_ENGINES = ['cpython', 'node'] as const;
export type CpuEngine = (typeof CPU_ENGINES)[number];

/** A time span [start_ms, end_ms] in ms since the run's clock started. */
export type Run = [number, number];

/** One task (lane) and when it actually computed. */
export interface LaneReport {
  lane: number;
  /** The process that computed it, and the OS (CPython) or worker (Node) thread id. */
  pid: number;
  thread_id: number;
  /** When it computed; gaps are when it was waiting (for the GIL, the event loop or a core). */
  runs: Run[];
  /** Sum of the runs. */
  busy_ms: number;
  /** When its work was done. */
  end_ms: number;
}

/** What an engine (a Python script, or Node threads and processes) reports while it runs. */
export type EngineEvent =
  | {
      type: 'ready';
      /** Starting the threads or processes (and warming up), before the clock started. */
      setup_ms: number;
      iterations_per_ms: number;
      /** Every process the run started (the interpreter, its children). */
      pids: number[];
      /** CPython only: what the interpreter says about itself. */
      python?: { version: string; gil_enabled: boolean; switch_interval_ms: number };
    }
  | { type: 'lane'; lane: LaneReport }
  | { type: 'end'; elapsed_ms: number };

/** What an engine is asked to run. */
export interface CpuPlan {
  strategy: CpuStrategy;
  tasks: number;
  work_ms: number;
  switch_interval_ms: number;
  gil: boolean;
}

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
  /** True when the GIL of this run is labs/gil/workers/model-gil.mjs, a model, not CPython's. */
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

export type CpuEvent =
  StreamEvent<'start', CpuStart> | StreamEvent<'lane', LaneReport> | StreamEvent<'done', CpuResult>;

/** What the CPU lab can run on this server: the answer of GET /api/experiments/gil/info. */
export interface CpuInfo {
  cores: number;
  node: { version: string };
  python: PublicInterpreter | null;
  free_threaded: PublicInterpreter | null;
  how_to_get_free_threaded: string;
  default_engine: CpuEngine;
  engines: readonly CpuEngine[];
  strategies: typeof CPU_STRATEGIES;
  limits: typeof CPU_LIMITS;
}
