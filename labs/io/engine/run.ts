import 'server-only';
import { eventStream } from '@/platform/http/event-stream';

import { upstreamOrigin } from '@/platform/upstream';
import type { IoParams } from '../params';
import type { FetchPlan, RequestTiming } from '../contract';
import { Stopwatch } from '../workers/stopwatch.mjs';
import { idealMs } from '../ideal';
import { strategyOn } from '../strategies';
import { findHttpxPython } from './cpython-engine';
import { IO_LIMITS } from '../limits';
import { now } from '@/platform/runs/clock.mjs';
import type { IoRunResult, IoEvent } from '../contract';

const round = (ms: number) => Math.round(ms * 100) / 100;

async function engineOf(name: IoParams['engine']): Promise<IoRunResult['engine']> {
  const python = name === 'cpython' ? await findHttpxPython() : null;
  return python
    ? { name, version: python.version, httpx: python.httpx }
    : { name, version: process.version.replace(/^v/, '') };
}

/** The upstream URLs for a run. Built here from validated numbers: a client never sends a URL. */
export function planFor(params: Omit<IoRunResult['params'], 'engine'>, origin: string): FetchPlan {
  const tasks = Array.from({ length: params.count }, (_, taskId) => {
    const query = new URLSearchParams({
      delay_ms: String(params.delay_ms),
      jitter_ms: String(params.jitter_ms),
      fail_rate: String(params.fail_rate),
      task_id: String(taskId),
      seed: params.seed,
    });
    const timeoutMs = params.delay_ms + params.jitter_ms + IO_LIMITS.requestGraceMs;
    return { taskId, url: `${origin}/api/upstream?${query}`, timeoutMs };
  });
  return { tasks, workers: params.workers, limit: params.limit };
}

/**
 * Runs one I/O experiment: a `start` event, one `request` event per response as it arrives,
 * then `done` with the summary. The strategy is drained eagerly into a buffer, so a slow
 * reader never delays the requests being measured.
 */
export function runIoExperiment(input: IoParams, signal: AbortSignal): AsyncIterable<IoEvent> {
  const { strategy, ...rest } = input;
  const params = {
    ...rest,
    limit: input.limit ?? null,
    seed: input.seed ?? Math.random().toString(36).slice(2, 10),
  };
  return eventStream<IoEvent>(signal, async (push, abortSignal) => {
    const plan = planFor(params, await upstreamOrigin());
    const requested = now();
    // `start` goes out when the clock starts, after the strategy's setup (leasing a warm
    // pool): a refusal there then reaches the client as its HTTP status, also when streaming.
    const clock = new Stopwatch(() => push({ event: 'start', data: { strategy, params } }));
    const requests: RequestTiming[] = [];
    for await (const timing of strategyOn(params.engine, strategy)(plan, clock, abortSignal)) {
      requests.push(timing);
      push({ event: 'request', data: timing });
    }
    clock.stop();
    const elapsed = clock.end - clock.origin;
    const delays = [...requests].sort((a, b) => a.task_id - b.task_id).map((r) => r.delay_ms ?? 0);
    const ideal = idealMs(strategy, delays, params.workers, params.limit, params.engine);
    push({
      event: 'done',
      data: {
        strategy,
        params,
        elapsed_ms: round(elapsed),
        ideal_ms: round(ideal),
        overhead_ms: round(elapsed - ideal),
        setup_ms: round(clock.origin - requested),
        failed: requests.filter((r) => !r.ok).length,
        engine: await engineOf(params.engine),
        requests,
      },
    });
  });
}
