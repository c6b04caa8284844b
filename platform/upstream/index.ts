import 'server-only';
import path from 'node:path';
import { Worker } from 'node:worker_threads';

interface Upstream {
  origin: string;
  worker: Worker;
}

// One upstream per server process, kept on globalThis so dev-mode reloads reuse it.
const holder = globalThis as typeof globalThis & { __concurrencyLabUpstream?: Promise<Upstream> };

function start(): Promise<Upstream> {
  const file = path.join(/* turbopackIgnore: true */ process.cwd(), 'platform/upstream/server.mjs');
  const worker = new Worker(file, { name: 'upstream' });
  worker.unref();
  return new Promise((resolve, reject) => {
    worker.once('message', ({ port }: { port: number }) =>
      resolve({ origin: `http://127.0.0.1:${port}`, worker }),
    );
    worker.once('error', reject);
    worker.once('exit', (code) => {
      // A dead upstream is restarted by the next caller.
      holder.__concurrencyLabUpstream = undefined;
      reject(new Error(`upstream exited with code ${code}`));
    });
  });
}

/** The origin (http://127.0.0.1:port) of the local slow upstream, started on first use. */
export async function upstreamOrigin(): Promise<string> {
  holder.__concurrencyLabUpstream ??= start();
  try {
    return (await holder.__concurrencyLabUpstream).origin;
  } catch (error) {
    holder.__concurrencyLabUpstream = undefined;
    throw error;
  }
}
