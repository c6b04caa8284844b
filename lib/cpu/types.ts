// The CPU experiment's vocabulary, shared by the engines, the API and the UI.

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
