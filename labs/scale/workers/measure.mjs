// @ts-check
// How the scale lab's Node child processes measure themselves (the CPython twin is
// python/measure.py). Each child prints JSON lines: `baseline`, `created`, then `result`.
//
// Memory is the process's resident set (RSS) read from /proc/self/status, not the V8 heap: a
// thread's stack, a worker's whole isolate and the allocator's arenas are all outside the heap.
// The peak is VmHWM, the kernel's own high-water mark of RSS, reset right after the baseline by
// writing "5" to /proc/self/clear_refs. Unlike sampling VmRSS (or process.memoryUsage().rss,
// which reads the same number) it cannot miss a short peak, and unlike getrusage's ru_maxrss
// it does not include the start-up of the runtime. Where /proc is missing (not Linux), samples
// of process.memoryUsage().rss stand in, and `rss_source` says so.
import { readFileSync, writeFileSync } from 'node:fs';

/** The value of one `Name:   1234 kB` line of a /proc file, in bytes, or null. */
function procKilobytes(/** @type {string} */ file, /** @type {string} */ name) {
  try {
    const match = readFileSync(file, 'utf8').match(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

const rssNow = () => procKilobytes('/proc/self/status', 'VmRSS') ?? process.memoryUsage.rss();
const kernelStacks = () => procKilobytes('/proc/meminfo', 'KernelStack');
const emit = (/** @type {Record<string, unknown>} */ line) =>
  process.stdout.write(`${JSON.stringify(line)}\n`);
const round = (/** @type {number} */ ms) => Math.round(ms * 100) / 100;

/** One measured run of `count` units: create `new Measurement()` right before creating them. */
export class Measurement {
  /** Units to create, and how long each sleeps: from the command line, validated by the server. */
  count = Number(process.argv[2]);
  sleepMs = Number(process.argv[3]);
  #samples = /** @type {number[]} */ ([]);
  #kernelStacks = /** @type {number | null} */ (null);
  #hwmReset = false;
  #createMs = 0;

  constructor() {
    // Started with --expose-gc: collect start-up garbage so it does not count against the units.
    globalThis.gc?.();
    this.baseline = rssNow();
    try {
      writeFileSync('/proc/self/clear_refs', '5');
      this.#hwmReset = true;
    } catch {
      // Not Linux, or /proc is read-only: the peak comes from samples alone.
    }
    this.kernelBaseline = kernelStacks();
    emit({ event: 'baseline', rss_bytes: this.baseline });
    this.start = performance.now();
  }

  /** Call once every unit exists and is waiting: records the creation time and a sample. */
  created() {
    this.#createMs = performance.now() - this.start;
    emit({ event: 'created', create_ms: round(this.#createMs), rss_bytes: this.sample() });
  }

  /** Samples RSS (and the kernel's thread stacks) now, e.g. while every unit sleeps. */
  sample() {
    const rss = rssNow();
    this.#samples.push(rss);
    const stacks = kernelStacks();
    if (stacks !== null && this.kernelBaseline !== null)
      this.#kernelStacks = Math.max(this.#kernelStacks ?? 0, stacks - this.kernelBaseline);
    return rss;
  }

  /** Call when every unit has finished: prints the result line. */
  finish() {
    const elapsed = performance.now() - this.start;
    const hwm = this.#hwmReset ? procKilobytes('/proc/self/status', 'VmHWM') : null;
    const peak = Math.max(hwm ?? 0, ...this.#samples);
    emit({
      event: 'result',
      runtime: `Node ${process.version}`,
      create_ms: round(this.#createMs),
      elapsed_ms: round(elapsed),
      rss_baseline_bytes: this.baseline,
      rss_peak_bytes: peak,
      bytes_per_unit: Math.round((peak - this.baseline) / this.count),
      rss_source:
        hwm === null
          ? 'process.memoryUsage().rss, sampled'
          : 'VmHWM (peak RSS, reset after the baseline)',
      kernel_stack_delta_bytes: this.#kernelStacks,
    });
  }
}
