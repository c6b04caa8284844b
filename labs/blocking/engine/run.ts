import 'server-only';
import { pushStream } from '@/platform/runs/push-queue.mjs';
import { ApiError } from '@/platform/http/errors';

import { guardRun, unlessAborted } from '@/platform/runs/run-guard';
import { startLagTicker } from '../workers/lag-ticker.mjs';
import { BLOCKING_LIMITS, type BlockingParams } from '../params';
import { BLOCKING_TASK, type LagSample, type TaskTiming } from '../contract';
import { cpythonLoopMessages } from './cpython';
import { nodeLoopMessages } from './node-loop';
import { findInterpreters } from '@/platform/process/interpreters';
import type { BlockingResult, BlockingEvent } from '../contract';

const holder = globalThis as typeof globalThis & {
  __concurrencyLabBlockingRuns?: { running: number };
};
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

async function engineOf(name: BlockingParams['engine']): Promise<BlockingResult['engine']> {
  const { python } = name === 'cpython' ? await findInterpreters() : { python: null };
  return { name, version: python ? python.version : process.version.replace(/^v/, '') };
}

/**
 * Runs one blocking experiment on its own event loop (a fresh worker thread on Node.js, a fresh
 * interpreter on CPython): `start`, a `task` event as each task ends, `lag` batches from the
 * ticker, then `done` with the whole result. The loop's thread or process is stopped when the
 * run ends, is cancelled or runs out of time.
 */
export function runBlockingExperiment(
  params: BlockingParams,
  signal: AbortSignal,
  { timeLimitMs = blockingTimeLimitMs(params) }: { timeLimitMs?: number } = {},
): AsyncIterable<BlockingEvent> {
  const { mode, ...rest } = params;
  return pushStream<BlockingEvent>(async (push, stopped) => {
    if (runs.running >= BLOCKING_LIMITS.maxConcurrentRuns) {
      const retryAfter = Math.ceil((params.delay_ms + params.block_ms) / 1000) + 1;
      throw new ApiError(
        429,
        'the server is running as many blocking experiments as it allows; try again shortly',
        [],
        {
          'Retry-After': String(retryAfter),
        },
      );
    }
    runs.running++;
    const guard = guardRun(signal, stopped, timeLimitMs);
    const requested = performance.now();
    let mainLoopMaxLag = 0;
    const stopMainTicker = startLagTicker(
      requested,
      (sample) => (mainLoopMaxLag = Math.max(mainLoopMaxLag, sample.lag_ms)),
      BLOCKING_LIMITS.tickMs,
    );
    const messages =
      params.engine === 'cpython'
        ? cpythonLoopMessages(params, BLOCKING_LIMITS.tickMs, guard.signal, timeLimitMs)
        : nodeLoopMessages(params, BLOCKING_LIMITS.tickMs, guard.signal);
    const tasks: TaskTiming[] = [];
    const lag: LagSample[] = [];
    let setupMs = 0;
    const finished = (async () => {
      let elapsed = Number.NaN;
      for await (const message of messages) {
        if (message.type === 'start') {
          setupMs = performance.now() - requested;
          push({
            event: 'start',
            data: {
              mode,
              params: rest,
              blocking_task: BLOCKING_TASK,
              tick_ms: BLOCKING_LIMITS.tickMs,
            },
          });
        } else if (message.type === 'task') {
          tasks.push(message.timing);
          push({ event: 'task', data: message.timing });
        } else if (message.type === 'lag') {
          lag.push(...message.samples);
          push({ event: 'lag', data: { samples: message.samples } });
        } else elapsed = message.elapsed_ms;
      }
      if (Number.isNaN(elapsed)) throw new Error("the run's event loop ended before the run did");
      return elapsed;
    })();
    try {
      const elapsed = await unlessAborted(finished, guard.signal);
      push({
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
          engine: await engineOf(params.engine),
        },
      });
    } finally {
      guard.dispose();
      void stopMainTicker();
      // The run's thread or interpreter is gone once its messages have ended.
      await finished.catch(() => undefined);
      runs.running--;
    }
  });
}
