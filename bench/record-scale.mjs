// Records real runs of the scale lab from a running server: tasks and threads at a few sizes
// on both engines, for the page to show, clearly labelled, when the live server cannot be
// reached. CPython runs are skipped (with a message) on a server without python3.
// Usage: node bench/record-scale.mjs [http://127.0.0.1:3000]
import { mkdirSync } from 'node:fs';
import { recordRun, writeRecording } from './recording-client.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const plan = [
  { kind: 'tasks', engine: 'node', counts: [1_000, 10_000, 100_000] },
  { kind: 'tasks', engine: 'cpython', counts: [1_000, 10_000, 100_000] },
  { kind: 'threads', engine: 'cpython', counts: [100, 1_000, 10_000] },
  { kind: 'threads', engine: 'node', counts: [1, 16, 64] },
];
const runs = [];
for (const { kind, engine, counts } of plan) {
  for (const count of counts) {
    const settings = { kind, engine, count: String(count) };
    try {
      const { events, result } = await recordRun(
        base,
        `/api/experiments/scale?${new URLSearchParams(settings)}`,
      );
      runs.push({ variant: settings.count, settings, events, result });
      console.log(
        kind,
        engine,
        count,
        `${result.bytes_per_unit} B/unit`,
        `create ${result.create_ms} ms`,
      );
    } catch (error) {
      if (engine === 'cpython' && String(error).includes('HTTP 503')) {
        console.log(`skipped ${kind} on cpython: python3 is not installed on the server`);
        break;
      }
      throw error;
    }
  }
}
mkdirSync('labs/scale/recordings', { recursive: true });
writeRecording('labs/scale/recordings/scale-tasks-threads.json', runs);
