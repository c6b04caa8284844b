import 'server-only';
import { jsonLinesOf } from '@/platform/process/json-lines-child';
import { requirePython } from '@/platform/process/python';
import type { RaceOutcome, RaceRunner, WorkerFinished } from '../contract';
import { workerFile } from '@/platform/process/worker-file';

const SCRIPT = workerFile('race', 'race.py');
/** Beyond the time cap, the interpreter gets this long to start, stop its workers and report. */
const GRACE_MS = 10_000;

/** The lines race.py prints. */
type ScriptLine = ({ event: 'worker' } & WorkerFinished) | ({ event: 'result' } & RaceOutcome);

/**
 * The same plan on CPython (`labs/race/workers/race.py`): OS threads under the GIL, or asyncio
 * tasks, in a child process that is killed on cancel and after the time cap.
 */
export const cpython: RaceRunner = async (plan, signal, onWorkerFinished) => {
  const python = await requirePython();
  // -E -s: ignore PYTHON* variables and user site-packages, so every server runs the same code.
  const lines = jsonLinesOf(python.path, ['-E', '-s', SCRIPT, JSON.stringify(plan)], {
    signal,
    timeoutMs: plan.max_run_ms + GRACE_MS,
  });
  let outcome: RaceOutcome | undefined;
  for await (const line of lines as AsyncIterable<ScriptLine>) {
    const { event: _event, ...data } = line;
    if (line.event === 'worker') onWorkerFinished(data as WorkerFinished);
    else outcome = data as RaceOutcome;
  }
  if (!outcome) throw new Error('race.py ended without a result');
  return outcome;
};
