import 'server-only';
import { jsonLinesOf } from '@/platform/process/json-lines-child';
import { notOnThisServer } from '@/platform/http/errors';
import { findInterpreters } from '@/platform/process/interpreters';
import type { BlockingParams } from '../params';
import type { LagSample, LoopMessage, TaskTiming } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

const MAIN = workerFile('blocking', 'main.py');

type ScriptLine =
  | { event: 'start' }
  | ({ event: 'task' } & TaskTiming)
  | { event: 'lag'; samples: LagSample[] }
  | { event: 'done'; elapsed_ms: number };

/**
 * The CPython engine: `python3 labs/blocking/workers/main.py MODE …` runs the mode's `task` on one
 * asyncio loop (the .py files the page shows) and prints JSON lines. Its start-up is before the
 * clock; the child is killed when the run is cancelled or runs out of time.
 */
export async function* cpythonLoopMessages(
  params: BlockingParams,
  tickMs: number,
  signal: AbortSignal,
  timeoutMs: number,
): AsyncGenerator<LoopMessage> {
  const { python } = await findInterpreters();
  if (!python)
    throw notOnThisServer(
      'engine',
      'this server has no python3, so engine=cpython cannot run; use engine=node, or install Python 3 and restart the server.',
    );
  const args = [
    '-E',
    '-s',
    '-B',
    MAIN,
    params.mode,
    ...[params.tasks, params.delay_ms, params.block_ms, tickMs].map(String),
  ];
  for await (const value of jsonLinesOf(python.path, args, { signal, timeoutMs })) {
    const line = value as ScriptLine;
    if (line.event === 'task') {
      const { event: _event, ...timing } = line;
      yield { type: 'task', timing };
    } else if (line.event === 'lag') yield { type: 'lag', samples: line.samples };
    else if (line.event === 'done') yield { type: 'done', elapsed_ms: line.elapsed_ms };
    else yield { type: 'start' };
  }
}
