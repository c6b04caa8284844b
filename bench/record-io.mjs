// Records a real run of the I/O experiment (all three strategies) from a running server, for
// the page to show, clearly labelled, when the live server cannot be reached.
// Usage: node bench/record-io.mjs [http://127.0.0.1:3000]
import { writeFileSync } from 'node:fs';
import os from 'node:os';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const settings = {
  count: 10,
  delay_ms: 200,
  jitter_ms: 0,
  workers: 5,
  fail_rate: 0,
  seed: 'recording',
};
const runs = [];
for (const strategy of ['sequential', 'threads', 'async']) {
  const query = new URLSearchParams({
    strategy,
    ...Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])),
  });
  const response = await fetch(`${base}/api/experiments/io?${query}`);
  if (!response.ok)
    throw new Error(`${strategy}: HTTP ${response.status} ${await response.text()}`);
  const result = await response.json();
  runs.push({ strategy, result });
  console.log(strategy, result.elapsed_ms, 'ms (ideal', result.ideal_ms, ')');
}
const recording = {
  recorded_at: new Date().toISOString().slice(0, 10),
  machine: `${os.availableParallelism()}-core ${os.type()} server, Node ${process.versions.node}`,
  settings: Object.fromEntries(Object.entries(settings).map(([k, v]) => [k, String(v)])),
  runs,
};
writeFileSync('labs/io/recordings/io-10x200.json', JSON.stringify(recording, null, 1) + '\n');
console.log('wrote labs/io/recordings/io-10x200.json');
