"""sequential: one thread computes every task, one after another."""

from work import run_lane


def run(lab):
    lab.ready(pids=[])
    lab.start_clock()
    for lane in range(lab.tasks):
        lab.report(run_lane(lane, lab.work))
