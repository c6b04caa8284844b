import asyncio


async def task(task_id, delay, block):
    """Done right: task 0 waits with `await`, which hands the event loop back, so every other
    task finishes on time."""
    await asyncio.sleep(delay)
    if task_id == 0:
        await asyncio.sleep(block)
