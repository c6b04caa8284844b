"""CPU-bound tasks on CPython, measured: python3 main.py STRATEGY --tasks N --work-ms MS ...

Standard library only. Prints one JSON object per line, as things happen:
  {"event": "calibrated", "iterations_per_ms": ...}   when no --iterations-per-ms was given
  {"event": "ready", "pids": [...], "setup_ms": ..., "python_version": ..., "gil_enabled": ...}
  {"event": "lane", "lane": 0, "pid": ..., "thread_id": ..., "runs": [[start_ms, end_ms], ...], "end_ms": ...}
  {"event": "end", "elapsed_ms": ...}
Times are ms since the clock started (after every thread or process was ready).
"""

import argparse
import json
import platform
import sys

import async_tasks
import processes
import sequential
import threads
from work import Work, calibrate, now_ms

STRATEGIES = {"sequential": sequential, "threads": threads, "processes": processes, "async": async_tasks}


def emit(event, **data):
    sys.stdout.write(json.dumps({"event": event, **data}) + "\n")
    sys.stdout.flush()


def relative(ms, origin):
    return round(ms - origin, 2)


class Lab:
    """What a strategy gets: the work to do, and where to report."""

    def __init__(self, tasks, work):
        self.tasks = tasks
        self.work = work
        self.created = now_ms()
        self.origin = None
        self.ends = []

    def ready(self, pids):
        emit(
            "ready",
            pids=pids,
            setup_ms=round(now_ms() - self.created, 2),
            python_version=platform.python_version(),
            gil_enabled=getattr(sys, "_is_gil_enabled", lambda: True)(),
            switch_interval_ms=round(sys.getswitchinterval() * 1000, 3),
        )

    def start_clock(self):
        self.origin = now_ms()

    def report(self, lane):
        runs = [[relative(start, self.origin), relative(end, self.origin)] for start, end in lane["runs"]]
        self.ends.append(lane["end"])
        emit(
            "lane",
            lane=lane["lane"],
            pid=lane["pid"],
            thread_id=lane["thread_id"],
            runs=runs,
            end_ms=relative(lane["end"], self.origin),
        )

    def run_together(self, workers, ready, go, results):
        """Starts the threads or processes, waits until all are ready, starts the clock and
        lets them go, then reports each lane as it finishes."""
        for worker in workers:
            worker.start()
        ready.wait()
        self.ready(pids=[getattr(worker, "pid", None) for worker in workers if getattr(worker, "pid", None)])
        self.start_clock()
        go.set()
        for _ in workers:
            self.report(results.get())
        for worker in workers:
            worker.join()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("strategy", choices=STRATEGIES)
    parser.add_argument("--tasks", type=int, required=True)
    parser.add_argument("--work-ms", type=float, required=True)
    parser.add_argument("--switch-interval-ms", type=float, default=5)
    parser.add_argument("--iterations-per-ms", type=float)
    args = parser.parse_args()

    sys.setswitchinterval(args.switch_interval_ms / 1000)
    rate = args.iterations_per_ms
    if rate is None:
        rate = calibrate()
        emit("calibrated", iterations_per_ms=rate)
    lab = Lab(args.tasks, Work(args.work_ms, rate, args.switch_interval_ms))
    STRATEGIES[args.strategy].run(lab)
    emit("end", elapsed_ms=relative(max(lab.ends), lab.origin))


if __name__ == "__main__":
    main()
