import 'server-only';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { ApiError } from '@/platform/http/errors';

/** How a child run is bounded and observed. */
export interface ChildLimits {
  /** Killing the child is how a cancelled run stops. */
  signal: AbortSignal;
  /** The child is killed after this long, and the run fails with 504. */
  timeoutMs: number;
  /** Called once the child has started, with its pid. */
  onSpawn?: (pid: number) => void;
}

/**
 * Runs `command args` and yields each line it prints on stdout, parsed as JSON. The child is
 * killed with SIGKILL when `signal` aborts, after `timeoutMs`, or when the consumer stops early;
 * the iteration never ends before the child has exited and been reaped, so no run leaves a
 * process (or a zombie) behind. A non-zero exit is an error carrying the end of stderr.
 */
export async function* jsonLinesOf(
  command: string,
  args: readonly string[],
  limits: ChildLimits,
): AsyncGenerator<unknown> {
  const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  // 'close' comes after the exit and after stdio is drained; it also follows a failed spawn.
  const closed = new Promise<void>((resolve) => child.once('close', () => resolve()));
  let spawnError: Error | undefined;
  child.once('error', (error) => (spawnError = error));
  let stderr = '';
  child.stderr
    .setEncoding('utf8')
    .on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-2_000)));

  let stoppedBy: 'cancel' | 'timeout' | undefined;
  const kill = (reason: 'cancel' | 'timeout') => {
    stoppedBy ??= reason;
    child.kill('SIGKILL');
  };
  const onAbort = () => kill('cancel');
  limits.signal.addEventListener('abort', onAbort, { once: true });
  if (limits.signal.aborted) onAbort();
  const timer = setTimeout(() => kill('timeout'), limits.timeoutMs);
  try {
    if (child.pid !== undefined) limits.onSpawn?.(child.pid);
    for await (const line of createInterface({ input: child.stdout, crlfDelay: Infinity })) {
      if (line.trim() !== '') yield JSON.parse(line) as unknown;
    }
    await closed;
    if (stoppedBy === 'timeout') {
      throw new ApiError(
        504,
        `the run took longer than ${limits.timeoutMs / 1000} s and was stopped`,
      );
    }
    if (stoppedBy === 'cancel') throw new DOMException('the run was cancelled', 'AbortError');
    if (spawnError) throw spawnError;
    if (child.exitCode !== 0) {
      throw new Error(
        `${command} exited with ${child.exitCode ?? child.signalCode}: ${stderr.trim()}`,
      );
    }
  } finally {
    clearTimeout(timer);
    limits.signal.removeEventListener('abort', onAbort);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await closed;
  }
}
