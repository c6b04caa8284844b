import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { GET as io } from '@/app/api/experiments/io/route';
import { admission } from '@/platform/runs/admission';
import type { IoRunResult } from '@/labs/io/contract';
import { closeIdlePools } from '@/labs/io/engine/thread-pools';

// `npm run load` in small: 20 browsers start the async I/O experiment (10 × 100 ms) at the
// same moment, through the route handler (admission control included). Every run must
// answer 200 with no failed request, and every run's elapsed time must stay within 1.5× its
// ideal: admission control exists so that the runs it lets in are measured honestly.
//
// The bound is the target itself, not a loosened one. What this machine does besides the
// test is taken into account the way the CPU lab's tests do it: other work only ever slows
// runs down, so the best of three batches is judged; and if even that one misses, the test
// looks at how much CPU other processes took while it ran (Linux: /proc/stat) and skips,
// saying so, when they kept half a core or more busy (the runs need both cores: the event loop
// and the upstream thread): no timing means anything then.

afterAll(closeIdlePools);

const CLIENTS = 20;
const TARGET = 1.5;

/** One batch: `CLIENTS` runs started together, each from its own browser (cookie). */
async function batch(round: number): Promise<{ statuses: number[]; results: IoRunResult[] }> {
  const responses = await Promise.all(
    Array.from({ length: CLIENTS }, (_, client) =>
      io(
        new Request('http://test/api/experiments/io?strategy=async&count=10&delay_ms=100', {
          headers: { cookie: `lab_client=load-test-${round}-${client}` },
        }),
      ),
    ),
  );
  const statuses = responses.map((response) => response.status);
  const results = (await Promise.all(
    responses.map((response) => response.json()),
  )) as IoRunResult[];
  return { statuses, results };
}

const worstRatio = (results: IoRunResult[]) =>
  Math.max(...results.map((r) => r.elapsed_ms / r.ideal_ms));

/** CPU time (in ms) of every process on the machine, and of this one (Linux). */
function cpuTimes(): { all: number; self: number } | null {
  try {
    const tick = 10; // USER_HZ is 100 on Linux
    const all = readFileSync('/proc/stat', 'utf8')
      .split('\n')[0]
      .trim()
      .split(/\s+/)
      .slice(1)
      .map(Number);
    // user nice system idle iowait irq softirq steal: busy is everything but idle and iowait.
    const busy = all[0] + all[1] + all[2] + all[5] + all[6] + (all[7] ?? 0);
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat
      .slice(stat.lastIndexOf(')') + 2)
      .split(' ')
      .map(Number);
    // utime stime cutime cstime (fields 14–17; index 11–14 after the command name).
    const self = fields[11] + fields[12] + fields[13] + fields[14];
    return { all: busy * tick, self: self * tick };
  } catch {
    return null;
  }
}

/** Cores that other processes kept busy, on average, since `since` (null where unknown). */
function othersCores(since: { times: ReturnType<typeof cpuTimes>; at: number }): number | null {
  const times = cpuTimes();
  if (!since.times || !times) return null;
  return (
    (times.all - since.times.all - (times.self - since.times.self)) / (performance.now() - since.at)
  );
}

describe('20 browsers at once, in-process', () => {
  it('all answer 200 with every request ok, each run within 1.5× its ideal', async (context) => {
    // A first run warms the upstream connections and JIT, as a server that has run before.
    await batch(0);
    const started = { times: cpuTimes(), at: performance.now() };
    const batches = [];
    for (let round = 1; round <= 3; round++) {
      const { statuses, results } = await batch(round);
      expect(statuses).toEqual(Array<number>(CLIENTS).fill(200));
      expect(results.map((r) => r.failed)).toEqual(Array<number>(CLIENTS).fill(0));
      batches.push(results);
      if (worstRatio(results) <= TARGET) break;
    }
    expect(admission.usage()).toEqual({ runs: 0, inflight: 0, computing: 0, queued: 0 });
    const best = Math.min(...batches.map(worstRatio));
    const others = othersCores(started);
    context.skip(
      best > TARGET && others !== null && others >= 0.5,
      `other processes kept ${others?.toFixed(1)} of the cores busy meanwhile; the best batch's slowest run took ${best.toFixed(2)}× its ideal`,
    );
    expect(best).toBeLessThanOrEqual(TARGET);
  }, 30_000);
});
