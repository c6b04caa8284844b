// @ts-check
// Starts this project's production build (`next start`) on a port of its own, in its own
// process group, for a benchmark; `stop()` ends the whole group.
import { spawn } from 'node:child_process';
import { createConnection } from 'node:net';

/** Whether something on this machine already answers on `port`. */
function portTaken(/** @type {number} */ port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });
}

/**
 * @param {number} port @param {Record<string, string>} [env]
 * @param {{ dir?: string, readyPath?: string }} [options] another app's directory (its own
 *   build), and the path that answers once it is up
 */
export async function startServer(port, env = {}, { dir = '.', readyPath = '/api/health' } = {}) {
  // A server left on the port would answer the readiness check, and the numbers would be its own
  // (an older build's, say), while ours exits at once with EADDRINUSE.
  if (await portTaken(port)) {
    throw new Error(`port ${port} is taken by another server: stop it first`);
  }
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
  let gone = false;
  const exited = new Promise((resolve) => child.once('exit', resolve)).then(() => (gone = true));
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
  for (let i = 0; i < 150 && !gone; i++) {
    try {
      if ((await fetch(`${base}${readyPath}`)).ok) return { base, stop };
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  await stop();
  throw new Error(`the server on port ${port} did not start: run \`npm run build\` first`);
}
