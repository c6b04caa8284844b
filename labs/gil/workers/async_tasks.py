"""async: every task is a coroutine on one asyncio event loop, in one thread.

CPU work has nothing to await, so the tasks can at best take turns (here each one awaits
asyncio.sleep(0) every switch interval, to let the others have the loop); they never run
at the same time, and the total is what sequential takes.
"""

import asyncio

from work import Lane


async def task(lane):
    for _ in lane.slices():
        await asyncio.sleep(0)  # hand the loop to the next task
    return lane.result()


async def main(lab):
    lab.start_clock()
    tasks = [asyncio.create_task(task(Lane(lane, lab.work))) for lane in range(lab.tasks)]
    for finished in asyncio.as_completed(tasks):
        lab.report(await finished)


def run(lab):
    lab.ready(pids=[])
    asyncio.run(main(lab))
