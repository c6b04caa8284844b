// Records a real run of the GIL lab (all four strategies on the server's default engine, at the
// default settings) from a running server, for the page to show, clearly labelled, when the
// live server cannot be reached.
// Usage: node bench/record-gil.mjs [http://127.0.0.1:3000]   (on the server's machine)
//
// CPU timings are only worth shipping from a quiet machine: a set of four runs is kept only when
// every run did at least QUIET of its work at full speed (busy_ms / tasks × work, what the lab
// itself warns about). Otherwise the set is measured again, up to ATTEMPTS times, and the
// quietest set is written with a warning.
import { recordRun, writeRecording } from './recording-client.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const settings = { engine: '', gil: '', tasks: '4', work_ms: '300', switch_interval_ms: '5' };
const query = Object.fromEntries(Object.entries(settings).filter(([, value]) => value !== ''));
const QUIET = 0.9;
const ATTEMPTS = 6;

const fullSpeed = (result) => result.busy_ms / result.sequential_estimate_ms;

let best;
for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
  const runs = [];
  for (const variant of ['sequential', 'threads', 'processes', 'async']) {
    // The result holds every lane the stream carried, and the start data: only it is kept.
    const { result } = await recordRun(
      base,
      `/api/experiments/gil?${new URLSearchParams({ strategy: variant, ...query })}`,
    );
    runs.push({ variant, settings, result });
    console.log(
      `#${attempt}`,
      variant,
      `${result.engine} gil=${result.gil}`,
      result.elapsed_ms,
      'ms; speed-up',
      result.speedup,
      '; two at once',
      result.parallel_ms,
      'ms; full speed',
      Math.round(fullSpeed(result) * 100),
      '%',
    );
  }
  const quietness = Math.min(...runs.map((run) => fullSpeed(run.result)));
  if (!best || quietness > best.quietness) best = { runs, quietness };
  if (quietness >= QUIET) break;
}
if (best.quietness < QUIET)
  console.warn(
    `warning: no quiet set; writing the quietest (${Math.round(best.quietness * 100)} % at full speed)`,
  );
writeRecording('labs/gil/recordings/cpu-4x300-default-engine.json', best.runs);
