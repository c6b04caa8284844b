"""The scale lab's child for kind=threads on CPython: N OS threads, each sleeping (500 ms).

Each threading.Thread is a real pthread with its own stack (8 MiB of address space on Linux,
`ulimit -s`, of which only the pages it touches become resident) and a Python thread state.
"""

import sys
import threading
import time

from measure import Measurement

# All N threads wake at the same instant twice (when released, and at the end of the sleep),
# and each then needs the GIL for a moment. A thread waiting for the GIL wakes every switch
# interval (5 ms) to ask for it, so 10,000 waiters make ~2 million futex wake-ups a second and
# the run takes minutes (measured here: 10,000 threads, 4 minutes instead of 15 s). Nothing here
# is CPU-bound, so a long interval forces no switch; it only stops the polling.
sys.setswitchinterval(1.0)
run = Measurement()
go = threading.Event()


def sleeper():
    go.wait()  # every thread waits here until all exist, so all are alive at once
    time.sleep(run.sleep_s)


threads = [threading.Thread(target=sleeper) for _ in range(run.count)]
for thread in threads:
    thread.start()  # returns once the OS thread is running
run.created()
go.set()
time.sleep(run.sleep_s / 2)
run.sample()  # halfway through the sleep, every thread is asleep
for thread in threads:
    thread.join()
run.finish()
