import asyncio
import time


async def task(task_id, delay, block):
    """The mistake: a blocking call inside an async function. While task 0 sleeps, the event
    loop cannot run anything else: every other task, though its timer is due, waits for it."""
    await asyncio.sleep(delay)
    if task_id == 0:
        time.sleep(block)
