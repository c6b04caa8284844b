// Records real runs of the race lab from a running server (Node engine, 4 workers, 20,000
// transfers): threads without and with the lock, async tasks without and with an await
// between read and write, twice each, for the page to show, clearly labelled, when the live
// server cannot be reached.
// Usage: node bench/record-race.mjs [http://127.0.0.1:3000]
import { mkdirSync } from 'node:fs';
import { recordRun, writeRecording } from './recording-client.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const common = { engine: 'node', workers: '4', transfers: '20000' };
const cases = [
  { strategy: 'threads', lock: 'off', yield_between: 'off' },
  { strategy: 'threads', lock: 'on', yield_between: 'off' },
  { strategy: 'async', lock: 'off', yield_between: 'off' },
  { strategy: 'async', lock: 'off', yield_between: 'on' },
];
const runs = [];
for (let round = 0; round < 2; round++) {
  for (const c of cases) {
    const settings = { ...common, ...c };
    const query = new URLSearchParams(settings);
    const { events, result } = await recordRun(base, `/api/experiments/race?${query}`);
    runs.push({ variant: settings.lock === 'on' ? 'lock' : 'no-lock', settings, events, result });
    console.log(
      c,
      'difference',
      result.difference,
      'lost ≥',
      result.lost_updates,
      `${result.elapsed_ms} ms`,
    );
  }
}
mkdirSync('labs/race/recordings', { recursive: true });
writeRecording('labs/race/recordings/race-node-4x20000.json', runs);
