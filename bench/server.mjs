// @ts-check
// Starts this project's production build (`next start`) on a port of its own, in its own
// process group, for a benchmark; `stop()` ends the whole group.
import { spawn } from 'node:child_process';

/**
 * @param {number} port @param {Record<string, string>} [env]
 * @param {{ dir?: string, readyPath?: string }} [options] another app's directory (its own
 *   build), and the path that answers once it is up
 */
export async function startServer(port, env = {}, { dir = '.', readyPath = '/api/health' } = {}) {
  const child = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', dir, '-p', String(port), '-H', '127.0.0.1'],
    {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...env },
    },
  );
  const base = `http://127.0.0.1:${port}`;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const signal = (/** @type {NodeJS.Signals} */ name) => {
    try {
      process.kill(-(child.pid ?? 0), name);
    } catch {}
  };
  // Next.js drains open connections on SIGTERM; a server that is still up after 5 s is killed.
  const stop = async () => {
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  for (let i = 0; i < 150; i++) {
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return { base, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error('the server did not start: run `npm run build` first');
}
