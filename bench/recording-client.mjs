// Shared by the bench/record-<lab>.mjs scripts: run one experiment on a live server over SSE,
// keeping every event, and write a recording file the page can show when no server answers.
import { writeFileSync } from 'node:fs';
import os from 'node:os';

/**
 * Runs `path` (an /api/experiments/… path with its query) on `base` and returns the events it
 * streamed (`queued` left out) and the `done` result. Waits and retries when the server says
 * it is busy (429 with Retry-After).
 * @param {string} base
 * @param {string} path
 * @returns {Promise<{ events: { event: string, data: unknown }[], result: unknown }>}
 */
export async function recordRun(base, path) {
  for (let attempt = 0; ; attempt++) {
    const response = await fetch(`${base}${path}`, { headers: { Accept: 'text/event-stream' } });
    if (response.status === 429 && attempt < 10) {
      const waitS = Number(response.headers.get('retry-after')) || 5;
      console.log(`  busy, retrying in ${waitS} s`);
      await new Promise((resolve) => setTimeout(resolve, waitS * 1000));
      continue;
    }
    if (!response.ok || !response.body)
      throw new Error(`${path}: HTTP ${response.status} ${await response.text()}`);
    const text = await response.text();
    const events = text
      .split(/\n\n+/)
      .filter((block) => block.trim())
      .map((block) => {
        const event = /^event: (.*)$/m.exec(block)?.[1] ?? 'message';
        const data = block
          .split('\n')
          .filter((line) => line.startsWith('data: '))
          .map((line) => line.slice(6))
          .join('\n');
        return { event, data: JSON.parse(data) };
      });
    const failed = events.find((e) => e.event === 'error');
    if (failed) throw new Error(`${path}: ${JSON.stringify(failed.data)}`);
    const done = events.find((e) => e.event === 'done');
    if (!done) throw new Error(`${path}: the stream ended without a result`);
    return {
      events: events.filter((e) => e.event !== 'done' && e.event !== 'queued'),
      result: done.data,
    };
  }
}

/**
 * Writes `runs` as a recording labelled with today's date and this machine (run the script on
 * the server's machine: the label says where the numbers were measured).
 * @param {string} file
 * @param {unknown[]} runs
 */
export function writeRecording(file, runs) {
  const recording = {
    recorded_at: new Date().toISOString().slice(0, 10),
    machine: `${os.availableParallelism()}-core ${os.type()} server, Node ${process.versions.node}`,
    runs,
  };
  writeFileSync(file, JSON.stringify(recording, null, 1) + '\n');
  console.log(`wrote ${file}`);
}
