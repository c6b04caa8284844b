"""processes: one multiprocessing.Process per task, all started at once.

Each process is a separate interpreter with its own GIL, so they run in parallel on as many
cores as there are; starting them (and sending results back) is what it costs.
"""

import multiprocessing

from work import lane_on_go


def run(lab):
    context = multiprocessing.get_context()  # the platform's default: fork, forkserver or spawn
    ready, go, results = context.Barrier(lab.tasks + 1), context.Event(), context.SimpleQueue()
    workers = [
        context.Process(target=lane_on_go, args=(lane, lab.work, ready, go, results))
        for lane in range(lab.tasks)
    ]
    lab.run_together(workers, ready, go, results)
