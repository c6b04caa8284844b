"""threads: one threading.Thread per task, all started at once.

Under the GIL only one of them runs Python code at any moment: a thread that wants to run
asks for the GIL, and the holder hands it over after the switch interval
(sys.setswitchinterval). On a free-threaded build without the GIL they run in parallel.
"""

import queue
import threading

from work import lane_on_go


def run(lab):
    ready, go, results = threading.Barrier(lab.tasks + 1), threading.Event(), queue.SimpleQueue()
    workers = [
        threading.Thread(target=lane_on_go, args=(lane, lab.work, ready, go, results))
        for lane in range(lab.tasks)
    ]
    lab.run_together(workers, ready, go, results)
