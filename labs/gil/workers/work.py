"""The work every strategy runs: a calibrated CPU loop, timed in small chunks.

A lane is one task's work. It reads the clock between chunks of about CHUNK_MS; consecutive
chunks that ran on time merge into runs [start_ms, end_ms]. A chunk that took longer than
expected by more than GAP_MS is left out of the runs: somewhere inside it the thread stopped
computing (it lost the CPU, or waited for the GIL).
"""

import os
import threading
import time

CHUNK_MS = 0.25
GAP_MS = 0.5


def now_ms():
    """CLOCK_MONOTONIC on Linux (mach time on macOS): one clock for every thread and process."""
    return time.perf_counter() * 1000


def burn(iterations, x=1):
    """Pure-Python CPU work: a linear congruential generator, one multiply-add a step."""
    for _ in range(iterations):
        x = (x * 1103515245 + 12345) & 0x7FFFFFFF
    return x


def calibrate(trial_ms=2, trials=25):
    """Iterations of burn() per ms: the median of many short trials, which a trial slowed down
    by other work (or sped up by a moment of turbo) does not move."""
    iterations = 100
    while True:
        start = now_ms()
        burn(iterations)
        if now_ms() - start >= trial_ms:
            break
        iterations *= 2
    rates = []
    for _ in range(trials):
        start = now_ms()
        burn(iterations)
        rates.append(iterations / (now_ms() - start))
    return sorted(rates)[trials // 2]


class Work:
    """What one lane computes: `iterations` in chunks, handing over every `slice_ms`."""

    def __init__(self, work_ms, iterations_per_ms, slice_ms):
        self.iterations = max(1, round(work_ms * iterations_per_ms))
        self.chunk = max(1, round(CHUNK_MS * iterations_per_ms))
        self.chunk_ms = self.chunk / iterations_per_ms
        self.slice_ms = slice_ms


class Lane:
    """One task's work, and when it actually ran."""

    def __init__(self, lane, work):
        self.lane = lane
        self.work = work
        self.runs = []
        self.last = None
        self.end = None

    def record(self, start, end):
        if end - start > self.work.chunk_ms + GAP_MS:
            self.last = None  # stopped computing somewhere inside this chunk
        elif self.last and start - self.last[1] <= GAP_MS:
            self.last[1] = end
        else:
            self.last = [start, end]
            self.runs.append(self.last)
        self.end = end

    def slices(self):
        """Computes the work, yielding each time another `slice_ms` of it has run."""
        work, done, x = self.work, 0, 1
        start = slice_start = now_ms()
        while done < work.iterations:
            step = min(work.chunk, work.iterations - done)
            x = burn(step, x)
            done += step
            end = now_ms()
            self.record(start, end)
            start = end
            if end - slice_start >= work.slice_ms and done < work.iterations:
                yield
                start = slice_start = now_ms()
        return x

    def result(self):
        return {
            "lane": self.lane,
            "pid": os.getpid(),
            "thread_id": threading.get_native_id(),
            "runs": self.runs,
            "end": self.end,
        }


def run_lane(lane, work):
    """One lane, computed straight through (the GIL, if any, decides when it gets to run)."""
    lane = Lane(lane, work)
    for _ in lane.slices():
        pass
    return lane.result()


def lane_on_go(lane, work, ready, go, results):
    """Body of a thread or process: say ready, wait for the go, compute, report."""
    ready.wait()
    go.wait()
    results.put(run_lane(lane, work))
