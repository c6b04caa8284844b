import 'server-only';
import { eventStream } from '@/platform/http/event-stream';

import { claimExclusive } from '@/platform/process/exclusive';
import { jsonLinesOf } from '@/platform/process/json-lines-child';
import { requirePython } from '@/platform/process/python';
import { SCALE_DEFAULT_COUNT, SCALE_LIMITS, type ScaleParams } from '../params';
import type { ScaleChildLine, ScaleEngine, ScaleKind, ScaleMeasurement } from '../contract';
import { workerFile } from '@/platform/process/worker-file';
import type { ScaleEvent } from '../contract';

/** The command line of the child process that runs `count` units. */
type ChildCommand = (count: number) => Promise<{ command: string; args: string[] }>;

// --expose-gc lets the child collect its start-up garbage before the baseline; the heap cap
// keeps a runaway child from taking the machine with it.
const nodeChild =
  (file: string): ChildCommand =>
  async (count) => ({
    command: process.execPath,
    args: [
      '--expose-gc',
      '--max-old-space-size=1024',
      file,
      String(count),
      String(SCALE_LIMITS.sleepMs),
    ],
  });

// -E -s: ignore PYTHON* variables and user site-packages; -B: write no __pycache__ into the repo.
const pythonChild =
  (file: string): ChildCommand =>
  async (count) => ({
    command: (await requirePython()).path,
    args: ['-E', '-s', '-B', file, String(count), String(SCALE_LIMITS.sleepMs)],
  });

const children: Record<ScaleEngine, Record<ScaleKind, ChildCommand>> = {
  node: {
    tasks: nodeChild(workerFile('scale', 'node-tasks.mjs')),
    threads: nodeChild(workerFile('scale', 'node-threads.mjs')),
  },
  cpython: {
    tasks: pythonChild(workerFile('scale', 'tasks.py')),
    threads: pythonChild(workerFile('scale', 'threads.py')),
  },
};

/**
 * Runs the scale experiment in a child process (node or python3), so the site's own memory
 * does not pollute the measurement and a huge run cannot hurt the site: a `start` event once
 * the child is spawned, `progress` at the baseline and once every unit exists, then `done`. One run
 * at a time server-wide (admission queues computing runs; a caller that bypasses it gets 429);
 * the child is killed when the client leaves and after
 * `timeoutMs`.
 */
export function runScaleExperiment(
  params: ScaleParams,
  signal: AbortSignal,
  { timeoutMs = SCALE_LIMITS.maxRunMs }: { timeoutMs?: number } = {},
): AsyncIterable<ScaleEvent> {
  const { kind, engine } = params;
  const count = params.count ?? SCALE_DEFAULT_COUNT[kind][engine];
  return eventStream<ScaleEvent>(signal, async (push, runSignal) => {
    const { command, args } = await children[engine][kind](count);
    const release = claimExclusive('scale', 5);
    try {
      const onSpawn = () => push({ event: 'start', data: { kind, engine, count } });
      let result: ScaleMeasurement | undefined;
      for await (const line of jsonLinesOf(command, args, {
        signal: runSignal,
        timeoutMs,
        onSpawn,
      }) as AsyncIterable<ScaleChildLine>) {
        if (line.event === 'result') {
          const { event: _event, ...measurement } = line;
          result = measurement;
        } else {
          push({
            event: 'progress',
            data: {
              phase: line.event,
              rss_bytes: line.rss_bytes,
              create_ms: line.event === 'created' ? line.create_ms : null,
            },
          });
        }
      }
      if (!result) throw new Error('the scale child ended without a result');
      push({
        event: 'done',
        data: { kind, engine, count, sleep_ms: SCALE_LIMITS.sleepMs, ...result },
      });
    } finally {
      release();
    }
  });
}
