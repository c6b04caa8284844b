import 'server-only';
import { execFile } from 'node:child_process';

/**
 * Runs `code` with the interpreter `command` and parses the JSON it prints: null when the
 * interpreter is missing, the code fails (a package it imports is not installed), prints no
 * JSON, or takes longer than `timeoutMs` (then it is killed). Without `env`, the server's
 * environment is kept and -E ignores its PYTHON* variables, as the runs do; with `env`, that
 * environment is used as it is (PYTHONPATH included).
 */
export function probePython<T>(
  command: string,
  code: string,
  { env, timeoutMs = 10_000 }: { env?: NodeJS.ProcessEnv; timeoutMs?: number } = {},
): Promise<T | null> {
  const flags = env ? ['-s'] : ['-E', '-s'];
  return new Promise((resolve) => {
    execFile(
      command,
      [...flags, '-c', code],
      { timeout: timeoutMs, killSignal: 'SIGKILL', env },
      (error, stdout) => {
        if (error) return resolve(null);
        try {
          resolve(JSON.parse(stdout) as T);
        } catch {
          resolve(null);
        }
      },
    );
  });
}
