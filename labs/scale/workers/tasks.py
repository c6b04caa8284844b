"""The scale lab's child for kind=tasks on CPython: N asyncio tasks, each awaiting a sleep (500 ms).

A task holds no thread: while it waits it is a suspended coroutine, a Task object and a timer
handle on the heap, all served by this one thread's event loop.
"""

import asyncio

from measure import Measurement


async def main():
    run = Measurement()
    go = asyncio.Event()

    async def sleeper():
        await go.wait()  # every task waits here until all exist, so all are alive at once
        await asyncio.sleep(run.sleep_s)

    tasks = [asyncio.create_task(sleeper()) for _ in range(run.count)]
    await asyncio.sleep(0)  # one turn of the loop: every task runs up to `await go.wait()`
    run.created()
    go.set()
    await asyncio.sleep(run.sleep_s / 2)
    run.sample()  # halfway through the sleep, every task is asleep
    await asyncio.gather(*tasks)
    run.finish()


asyncio.run(main())
