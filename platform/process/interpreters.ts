import 'server-only';
import { probePython } from '@/platform/process/python-probe';

/** A CPython interpreter found on this server's PATH. */
export interface PythonInterpreter {
  /** The name it answered to on PATH. */
  command: string;
  /** `sys.executable`: the real binary (a pyenv shim resolved), which runs start directly. */
  path: string;
  version: string;
  /** Built with `--disable-gil` (PEP 703): it can run without the GIL. */
  free_threaded: boolean;
}

export interface Interpreters {
  /** `python3`, as it comes. */
  python: PythonInterpreter | null;
  /** A free-threaded build: `python3` itself, `python3.14t` or `python3.13t`, first found. */
  free_threaded: PythonInterpreter | null;
}

/** An interpreter as the browser sees it: its name and version, not where it lives on the server. */
export type PublicInterpreter = Omit<PythonInterpreter, 'path'>;

export const publicInterpreter = (
  interpreter: PythonInterpreter | null,
): PublicInterpreter | null =>
  interpreter && {
    command: interpreter.command,
    version: interpreter.version,
    free_threaded: interpreter.free_threaded,
  };

export const HOW_TO_GET_FREE_THREADED =
  'Install a free-threaded CPython (PEP 703: experimental in 3.13, officially supported in 3.14) so that ' +
  'python3.14t or python3.13t is on the PATH of the server: for example `uv python install 3.14t`, the ' +
  'free-threaded option of the python.org installers (macOS, Windows), or a build from source with ' +
  '`./configure --disable-gil`. The server looks interpreters up once, so restart it afterwards.';

const CANDIDATES = ['python3', 'python3.14t', 'python3.13t'] as const;
/** Oldest Python the lab's scripts run on (threading.get_native_id). */
const MIN_VERSION = [3, 8];
const PROBE_TIMEOUT_MS = 5_000;
const PROBE =
  'import json, platform, sys, sysconfig; print(json.dumps({"path": sys.executable, ' +
  '"version": platform.python_version(), "free_threaded": bool(sysconfig.get_config_var("Py_GIL_DISABLED"))}))';

/** What `command` says about itself, or null when it is missing, too old, broken or too slow. */
async function probe(command: string): Promise<PythonInterpreter | null> {
  const found = await probePython<Omit<PythonInterpreter, 'command'>>(command, PROBE, {
    timeoutMs: PROBE_TIMEOUT_MS,
  });
  if (!found?.path || typeof found.version !== 'string') return null;
  const [major, minor] = found.version.split('.').map(Number);
  const recent = major > MIN_VERSION[0] || (major === MIN_VERSION[0] && minor >= MIN_VERSION[1]);
  return recent ? { command, ...found } : null;
}

async function detect(): Promise<Interpreters> {
  const found = await Promise.all(CANDIDATES.map(probe));
  return {
    python: found[0],
    free_threaded: found.find((interpreter) => interpreter?.free_threaded) ?? null,
  };
}

const holder = globalThis as typeof globalThis & {
  __concurrencyLabInterpreters?: Promise<Interpreters>;
};

/**
 * The CPython interpreters on this server, looked up once per server process (each probe is
 * killed after 5 s, so this never hangs a request) and cached.
 */
export function findInterpreters(): Promise<Interpreters> {
  holder.__concurrencyLabInterpreters ??= detect();
  return holder.__concurrencyLabInterpreters;
}
