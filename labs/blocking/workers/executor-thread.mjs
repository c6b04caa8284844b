// @ts-check
// The thread behind `toThread`: it runs blocking calls one at a time, so that the thread
// which asked for them keeps its event loop free.
import { parentPort } from 'node:worker_threads';
import * as calls from './blocking-call.mjs';

const port = /** @type {import('node:worker_threads').MessagePort} */ (parentPort);
/** @type {Record<string, (...args: any[]) => unknown>} */
const byName = calls;

port.on('message', (/** @type {{ id: number, name: string, args: unknown[] }} */ { id, name, args }) => {
  try {
    if (!Object.hasOwn(byName, name)) throw new Error(`no blocking call named ${name}`);
    port.postMessage({ id, value: byName[name](...args) });
  } catch (error) {
    port.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage('ready');
