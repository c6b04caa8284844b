// Records a real run of the blocking lab (all three modes at the defaults) from a running
// server, for the page to show, clearly labelled, when the live server cannot be reached.
// Usage: node bench/record-blocking.mjs [http://127.0.0.1:3000]   (on the server's machine)
import { recordRun, writeRecording } from './recording-client.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const settings = { tasks: '10', delay_ms: '200', block_ms: '1000' };
const runs = [];
for (const variant of ['await-sleep', 'blocking-sleep', 'offloaded']) {
  // The result holds every task and lag sample the stream carried: only it is kept.
  const { result } = await recordRun(
    base,
    `/api/experiments/blocking?${new URLSearchParams({ mode: variant, ...settings })}`,
  );
  runs.push({ variant, settings, result });
  console.log(
    variant,
    result.elapsed_ms,
    'ms; loop lag at most',
    result.max_lag_ms,
    'ms; the site’s own loop',
    result.main_loop_max_lag_ms,
    'ms',
  );
}
writeRecording('labs/blocking/recordings/blocking-10x200-block1000.json', runs);
