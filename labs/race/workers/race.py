"""The race lab on CPython: the essay's bank transfer, run by threads or by asyncio tasks.

Reads the plan as JSON from argv[1] and prints JSON lines: {"event": "worker", ...} as each
worker finishes, then {"event": "result", ...}. Standard library only (Python 3.8+).

Why threads rarely race here without `yield_between`: a thread can only lose the GIL where the
interpreter checks for a pending handover, and since Python 3.10 it checks only at backward
jumps (the end of a loop) and at calls. `transfer` below has neither between its reads and its
writes, so a switch lands between two transfers, almost never inside one. The code is no safer
for it: any call in the window (a log line, a query, `time.sleep(0)`, which releases the GIL)
opens it again, and the free-threaded build (3.13t, 3.14t) runs the threads truly at once.
"""

import asyncio
import json
import platform
import random
import sys
import threading
import time

MAX_AMOUNT = 100  # a transfer moves 1..MAX_AMOUNT, as in labs/race/workers/bank.mjs

plan = json.loads(sys.argv[1])
balances = list(plan["balances_before"])
ACCOUNTS = len(balances)
YIELD_BETWEEN = plan["yield_between"]
output = threading.Lock()


def emit(**fields):
    """One JSON line on stdout; the lock keeps lines from two threads apart."""
    with output:
        sys.stdout.write(json.dumps(fields) + "\n")
        sys.stdout.flush()


def random_transfer(randrange):
    """Two different random accounts and a random amount."""
    src = randrange(ACCOUNTS)
    dst = (src + 1 + randrange(ACCOUNTS - 1)) % ACCOUNTS
    return src, dst, 1 + randrange(MAX_AMOUNT)


def transfer(src, dst, amount):
    """The essay's transfer from threads: read, read, write, write."""
    a = balances[src]
    b = balances[dst]
    if YIELD_BETWEEN:
        time.sleep(0)  # releases the GIL: another thread may run between the read and the write
    balances[src] = a - amount
    balances[dst] = b + amount


async def transfer_async(src, dst, amount):
    """The same transfer as a coroutine; with YIELD_BETWEEN an await sits in the middle."""
    a = balances[src]
    b = balances[dst]
    if YIELD_BETWEEN:
        await asyncio.sleep(0)  # like awaiting a database query: other tasks run here
    balances[src] = a - amount
    balances[dst] = b + amount


class NoLock:
    """What `with lock` / `async with lock` hold when the lock is off: nothing."""

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False


def shares(total, workers):
    """Transfers per worker, split as evenly as integers allow."""
    return [total // workers + (1 if i < total % workers else 0) for i in range(workers)]


def run_threads(stop):
    """`workers` OS threads over the shared balances; returns when each has finished."""
    lock = threading.Lock() if plan["lock"] else NoLock()
    go = threading.Event()

    def worker(index, transfers):
        # What this thread meant to move, so the run can count lost updates afterwards.
        intended = [0] * ACCOUNTS
        randrange = random.Random().randrange
        go.wait()  # the start barrier: every thread begins at once
        done = 0
        while done < transfers and not stop.is_set():
            src, dst, amount = random_transfer(randrange)
            with lock:
                transfer(src, dst, amount)
            intended[src] -= amount
            intended[dst] += amount
            done += 1
        finished[index] = (done, intended)
        emit(event="worker", worker=index, transfers=done, finished_ms=ms_since(released))

    finished = [None] * plan["workers"]
    threads = [threading.Thread(target=worker, args=(i, n)) for i, n in enumerate(shares(plan["transfers"], plan["workers"]))]
    for thread in threads:
        thread.start()
    released = time.perf_counter()
    deadline = threading.Timer(plan["max_run_ms"] / 1000, stop.set)
    deadline.start()
    go.set()
    for thread in threads:
        thread.join()
    deadline.cancel()
    return released, finished


def run_tasks(stop):
    """`workers` asyncio tasks on one event loop; returns when each has finished."""
    finished = [None] * plan["workers"]

    async def task(index, transfers, lock):
        intended = [0] * ACCOUNTS
        randrange = random.Random().randrange
        done = 0
        while done < transfers and not stop.is_set():
            src, dst, amount = random_transfer(randrange)
            async with lock:
                await transfer_async(src, dst, amount)
            intended[src] -= amount
            intended[dst] += amount
            done += 1
        finished[index] = (done, intended)
        emit(event="worker", worker=index, transfers=done, finished_ms=ms_since(released))

    async def main():
        lock = asyncio.Lock() if plan["lock"] else NoLock()
        tasks = [task(i, n, lock) for i, n in enumerate(shares(plan["transfers"], plan["workers"]))]
        asyncio.get_running_loop().call_later(plan["max_run_ms"] / 1000, stop.set)
        await asyncio.gather(*tasks)

    released = time.perf_counter()
    asyncio.run(main())
    return released, finished


def ms_since(start):
    return round((time.perf_counter() - start) * 1000, 2)


def main():
    started = time.perf_counter()
    stop = threading.Event()  # set at the time cap: workers stop between transfers
    run = run_threads if plan["strategy"] == "threads" else run_tasks
    released, finished = run(stop)
    elapsed_ms = ms_since(released)
    expected = list(plan["balances_before"])
    for _, intended in finished:
        for account, delta in enumerate(intended):
            expected[account] += delta
    gil = getattr(sys, "_is_gil_enabled", lambda: True)()
    emit(
        event="result",
        runtime=f"CPython {platform.python_version()}" + ("" if gil else " (free-threaded)"),
        setup_ms=round((released - started) * 1000, 2),
        elapsed_ms=elapsed_ms,
        completed_transfers=sum(done for done, _ in finished),
        timed_out=stop.is_set(),
        balances_after=balances,
        balances_expected=expected,
    )


main()
