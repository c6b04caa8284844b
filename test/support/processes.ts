import { readFileSync } from 'node:fs';

/** True while `pid` is a live process (a zombie, dead but not yet reaped by its parent, is not). */
export function isRunning(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    try {
      // No /proc (macOS): signal 0 only asks whether the pid exists.
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}
