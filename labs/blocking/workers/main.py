"""The harness around the mode files (not shown on the page): runs `tasks` copies of a mode's
`task` on one asyncio event loop, with a ticker that measures how late the loop runs a timer,
and prints JSON lines: start, one per task as it ends, lag batches, done.

python3 main.py MODE TASKS DELAY_MS BLOCK_MS TICK_MS
"""
import asyncio
import importlib
import json
import sys
import time

MODES = {"await-sleep": "await_sleep", "blocking-sleep": "blocking_sleep", "offloaded": "offloaded"}


def emit(**line):
    print(json.dumps(line, separators=(",", ":")), flush=True)


def ms(seconds):
    return round(seconds * 1000, 2)


async def run(task, tasks, delay, block, tick):
    loop = asyncio.get_running_loop()
    # Start the default executor's thread before the clock, as the Node engine does.
    await loop.run_in_executor(None, time.sleep, 0)
    origin = time.perf_counter()
    emit(event="start")
    batch = []
    stopped = False

    def sample(due):
        now = time.perf_counter()
        batch.append({"t_ms": ms(now - origin), "lag_ms": ms(max(0.0, now - due))})
        if len(batch) >= 10 or now - due >= 5 * tick:
            flush()
        return now

    def flush():
        if batch:
            emit(event="lag", samples=list(batch))
            batch.clear()

    async def ticker():
        due = time.perf_counter() + tick
        while not stopped:
            await asyncio.sleep(max(0.0, due - time.perf_counter()))
            due = sample(due) + tick

    async def timed(task_id):
        start = time.perf_counter()
        await task(task_id, delay, block)
        emit(event="task", task_id=task_id, start_ms=ms(start - origin), end_ms=ms(time.perf_counter() - origin))

    ticking = asyncio.create_task(ticker())
    await asyncio.gather(*(timed(task_id) for task_id in range(tasks)))
    elapsed = time.perf_counter() - origin
    stopped = True
    await ticking
    flush()
    emit(event="done", elapsed_ms=ms(elapsed))


def main():
    mode, tasks, delay_ms, block_ms, tick_ms = sys.argv[1], *map(int, sys.argv[2:6])
    task = importlib.import_module(MODES[mode]).task
    asyncio.run(run(task, tasks, delay_ms / 1000, block_ms / 1000, tick_ms / 1000))


if __name__ == "__main__":
    main()
