import asyncio
import time


async def task(task_id, delay, block):
    """The fix when the blocking call cannot be avoided: run it on another thread and await
    the result (Django: `sync_to_async`). That thread sleeps; the event loop runs the rest."""
    await asyncio.sleep(delay)
    if task_id == 0:
        await asyncio.to_thread(time.sleep, block)
