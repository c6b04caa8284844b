"""How the scale lab's CPython child processes measure themselves (the Node twin is
../measure.mjs). Each child prints JSON lines: `baseline`, `created`, then `result`.

Memory is the process's resident set (RSS) from /proc/self/status. The peak is VmHWM, the
kernel's own high-water mark of RSS, reset right after the baseline by writing "5" to
/proc/self/clear_refs: unlike sampling VmRSS it cannot miss a short peak, and unlike
resource.getrusage's ru_maxrss it does not include the interpreter's start-up. Where /proc is
missing (not Linux), ru_maxrss stands in, and `rss_source` says so.
"""

import gc
import json
import platform
import re
import resource
import sys
import time


def proc_kilobytes(path, name):
    """The value of one `Name:   1234 kB` line of a /proc file, in bytes, or None."""
    try:
        with open(path) as file:
            match = re.search(rf"^{name}:\s+(\d+) kB", file.read(), re.MULTILINE)
        return int(match.group(1)) * 1024 if match else None
    except OSError:
        return None


def rss_now():
    rss = proc_kilobytes("/proc/self/status", "VmRSS")
    if rss is not None:
        return rss
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024  # bytes on macOS, KiB elsewhere


def emit(**fields):
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


class Measurement:
    """One measured run of `count` units: create it right before creating them."""

    def __init__(self):
        # Units to create, and how long each sleeps: validated by the server that started us.
        self.count = int(sys.argv[1])
        self.sleep_s = int(sys.argv[2]) / 1000
        gc.collect()  # start-up garbage does not count against the units
        self.baseline = rss_now()
        try:
            with open("/proc/self/clear_refs", "w") as file:
                file.write("5")
            self.hwm_reset = True
        except OSError:
            self.hwm_reset = False  # the peak comes from samples alone
        self.kernel_baseline = proc_kilobytes("/proc/meminfo", "KernelStack")
        self.kernel_stacks = None
        self.samples = []
        self.create_ms = 0.0
        emit(event="baseline", rss_bytes=self.baseline)
        self.start = time.perf_counter()

    def created(self):
        """Call once every unit exists and is waiting: records the creation time and a sample."""
        self.create_ms = (time.perf_counter() - self.start) * 1000
        emit(event="created", create_ms=round(self.create_ms, 2), rss_bytes=self.sample())

    def sample(self):
        """Samples RSS (and the kernel's thread stacks) now, e.g. while every unit sleeps."""
        rss = rss_now()
        self.samples.append(rss)
        stacks = proc_kilobytes("/proc/meminfo", "KernelStack")
        if stacks is not None and self.kernel_baseline is not None:
            self.kernel_stacks = max(self.kernel_stacks or 0, stacks - self.kernel_baseline)
        return rss

    def finish(self):
        """Call when every unit has finished: prints the result line."""
        elapsed_ms = (time.perf_counter() - self.start) * 1000
        hwm = proc_kilobytes("/proc/self/status", "VmHWM") if self.hwm_reset else None
        peak = max([hwm or 0, *self.samples])
        emit(
            event="result",
            runtime=f"CPython {platform.python_version()}",
            create_ms=round(self.create_ms, 2),
            elapsed_ms=round(elapsed_ms, 2),
            rss_baseline_bytes=self.baseline,
            rss_peak_bytes=peak,
            bytes_per_unit=round((peak - self.baseline) / self.count),
            rss_source="ru_maxrss (peak since start-up)" if hwm is None and not self.samples else
            ("VmHWM (peak RSS, reset after the baseline)" if hwm is not None else "VmRSS, sampled"),
            kernel_stack_delta_bytes=self.kernel_stacks,
        )
