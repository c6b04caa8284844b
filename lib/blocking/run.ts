import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { FixedBuffer, Repeater } from '@repeaterjs/repeater';
import { ApiError } from '@/lib/api/errors';
import type { StreamEvent } from '@/lib/api/sse';
import { guardRun, unlessAborted } from '@/lib/cpu/run-guard';
import { startLagTicker } from './lag-ticker.mjs';
import { BLOCKING_LIMITS, type BlockingParams } from './params';
import { BLOCKING_TASK, type BlockingMode, type LagSample, type TaskTiming } from './types';

// Each run gets a fresh worker thread, i.e. its own event loop, and the thread is terminated
// when the run ends. A warm pool would save the ~20–30 ms start-up, but that happens before
// the run's clock starts anyway, and a fresh thread guarantees that no timer, no pending
// offloaded call and no JIT state of one run leaks into the next. `terminate()` also
// interrupts a thread in the middle of a blocking sleep, so a cancelled run stops at once.
const LOOP_WORKER = path.join(/* turbopackIgnore: true */ process.cwd(), 'lib/blocking/loop-worker.mjs');

/** The whole result of a run: the JSON answer, and the `done` event of the stream. */
export interface BlockingResult {
  mode: BlockingMode;
  params: Omit<BlockingParams, 'mode'>;
  /** The task that also sleeps for `block_ms`. */
  blocking_task: number;
  /** The lag ticker's period. */
  tick_ms: number;
  /** From the run's clock start to the end of the last task. */
  elapsed_ms: number;
  /** Starting the run's thread (and the executor thread when offloaded), before the clock. */
  setup_ms: number;
  /** The worst lag of the run's event loop. */
  max_lag_ms: number;
  /** The worst lag of the server's main event loop meanwhile (it stays small: the run has its own). */
  main_loop_max_lag_ms: number;
  tasks: TaskTiming[];
  lag: LagSample[];
}

export type BlockingEvent =
  | StreamEvent<'start', { mode: BlockingMode; params: BlockingResult['params']; blocking_task: number; tick_ms: number }>
  | StreamEvent<'task', TaskTiming>
  | StreamEvent<'lag', { samples: LagSample[] }>
  | StreamEvent<'done', BlockingResult>;

type LoopMessage =
  | { type: 'start' }
  | { type: 'task'; timing: TaskTiming }
  | { type: 'lag'; samples: LagSample[] }
  | { type: 'done'; elapsed_ms: number };

const holder = globalThis as typeof globalThis & { __concurrencyLabBlockingRuns?: { running: number } };
const runs = (holder.__concurrencyLabBlockingRuns ??= { running: 0 });

/** Blocking runs whose thread is still alive, server-wide. */
export function blockingRunsInProgress(): number {
  return runs.running;
}

/** How long a run may take before it is killed: what it asks for, plus a grace period. */
export function blockingTimeLimitMs(params: BlockingParams): number {
  return params.delay_ms + params.block_ms + BLOCKING_LIMITS.graceMs;
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/**
 * Runs one blocking experiment on a fresh worker thread: `start`, a `task` event as each task
 * ends, `lag` batches from the ticker, then `done` with the whole result. The thread is
 * terminated when the run ends, is cancelled or runs out of time.
 */
export function runBlockingExperiment(
  params: BlockingParams,
  signal: AbortSignal,
  { timeLimitMs = blockingTimeLimitMs(params) }: { timeLimitMs?: number } = {},
): AsyncIterable<BlockingEvent> {
  const { mode, ...rest } = params;
  const lagBatchesAtMost = Math.ceil(timeLimitMs / BLOCKING_LIMITS.tickMs);
  return new Repeater<BlockingEvent>(async (push, stop) => {
    if (runs.running >= BLOCKING_LIMITS.maxConcurrentRuns) {
      const retryAfter = Math.ceil((params.delay_ms + params.block_ms) / 1000) + 1;
      throw new ApiError(429, 'the server is running as many blocking experiments as it allows; try again shortly', [], {
        'Retry-After': String(retryAfter),
      });
    }
    runs.running++;
    const guard = guardRun(signal, stop, timeLimitMs);
    const requested = performance.now();
    let mainLoopMaxLag = 0;
    const stopMainTicker = startLagTicker(requested, (sample) => (mainLoopMaxLag = Math.max(mainLoopMaxLag, sample.lag_ms)), BLOCKING_LIMITS.tickMs);
    const worker = new Worker(LOOP_WORKER, {
      name: `blocking ${mode}`,
      workerData: { mode, tasks: params.tasks, delayMs: params.delay_ms, blockMs: params.block_ms, tickMs: BLOCKING_LIMITS.tickMs },
    });
    try {
      const tasks: TaskTiming[] = [];
      const lag: LagSample[] = [];
      let setupMs = 0;
      const finished = new Promise<number>((resolve, reject) => {
        worker.on('message', (message: LoopMessage) => {
          if (message.type === 'start') {
            setupMs = performance.now() - requested;
            void push({ event: 'start', data: { mode, params: rest, blocking_task: BLOCKING_TASK, tick_ms: BLOCKING_LIMITS.tickMs } });
          } else if (message.type === 'task') {
            tasks.push(message.timing);
            void push({ event: 'task', data: message.timing });
          } else if (message.type === 'lag') {
            lag.push(...message.samples);
            void push({ event: 'lag', data: { samples: message.samples } });
          } else resolve(message.elapsed_ms);
        });
        worker.once('error', reject);
        worker.once('exit', (code) => reject(new Error(`the run's thread exited before the run ended (code ${code})`)));
      });
      const elapsed = await unlessAborted(finished, guard.signal);
      void push({
        event: 'done',
        data: {
          mode,
          params: rest,
          blocking_task: BLOCKING_TASK,
          tick_ms: BLOCKING_LIMITS.tickMs,
          elapsed_ms: elapsed,
          setup_ms: round(setupMs),
          max_lag_ms: Math.max(0, ...lag.map((sample) => sample.lag_ms)),
          main_loop_max_lag_ms: mainLoopMaxLag,
          tasks: tasks.sort((a, b) => a.task_id - b.task_id),
          lag,
        },
      });
      stop();
    } catch (error) {
      stop(error);
    } finally {
      guard.dispose();
      void stopMainTicker();
      await worker.terminate();
      runs.running--;
    }
  }, new FixedBuffer(params.tasks + lagBatchesAtMost + 2));
}
