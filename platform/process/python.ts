import 'server-only';
import { ApiError } from '@/platform/http/errors';
import { findInterpreters, type PythonInterpreter } from '@/platform/process/interpreters';

/** The server's `python3` (looked up once, see platform/process/interpreters), or a 503 for a run that needs it. */
export async function requirePython(): Promise<PythonInterpreter> {
  const { python } = await findInterpreters();
  if (!python) throw new ApiError(503, 'python3 is not available on this server; use engine=node');
  return python;
}
