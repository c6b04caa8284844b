// @ts-check
// Worker-thread entry for the floor benchmark: one "pool thread" that makes its share of the
// requests one after another with the site's client, as labs/io/workers/fetch-worker.mjs does, and reports the
// waits the upstream measured. Warms its keep-alive connection on start.
import { parentPort, workerData } from 'node:worker_threads';
import { getJson } from '../../labs/io/workers/get-json.mjs';

const origin = `http://127.0.0.1:${workerData.port}`;
const get = async (/** @type {string} */ path) =>
  /** @type {{ delay_ms: number }} */ ((await getJson(origin + path)).body);

await get('/health');
parentPort?.on('message', async (/** @type {{ taskIds: number[] }} */ job) => {
  const waits = [];
  for (const id of job.taskIds)
    waits.push((await get(`/api/upstream?delay_ms=100&task_id=${id}`)).delay_ms);
  parentPort?.postMessage({ waits, end: performance.timeOrigin + performance.now() });
});
parentPort?.postMessage('ready');
