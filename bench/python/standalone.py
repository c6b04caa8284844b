"""The I/O lab's Python programs run on their own, with a plain httpx client and no site:
the floor under the CPython engine's bench rows. Prints {elapsed, ideal, overhead} in ms.

python3 bench/python/standalone.py STRATEGY COUNT ORIGIN [WORKERS]
"""
import asyncio
import json
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "labs" / "io" / "workers"))
import async_gather  # noqa: E402
import sequential  # noqa: E402
import threads  # noqa: E402


def makespan(delays, lanes):
    busy = [0.0] * max(1, min(lanes, len(delays)))
    for delay in delays:
        busy[busy.index(min(busy))] += delay
    return max(busy)


def main():
    strategy, count, origin = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    workers = int(sys.argv[4]) if len(sys.argv) > 4 else 5
    urls = [f"{origin}/api/upstream?delay_ms=100&task_id={i}" for i in range(count)]
    lanes = {"sequential": 1, "threads": workers, "async": min(count, 100)}[strategy]
    if strategy == "async":

        async def run():
            async with httpx.AsyncClient() as client:
                await asyncio.gather(*(client.get(f"{origin}/health") for _ in range(lanes)))
                start = time.perf_counter()
                responses = await async_gather.fetch_all(client, urls)
                return time.perf_counter() - start, responses

        elapsed, responses = asyncio.run(run())
    else:
        with httpx.Client() as client:
            # Open the run's connections first, as the site's runner does.
            threads.fetch_all(client, [f"{origin}/health"] * lanes, workers=lanes)
            start = time.perf_counter()
            if strategy == "sequential":
                responses = sequential.fetch_all(client, urls)
            else:
                responses = threads.fetch_all(client, urls, workers=workers)
            elapsed = time.perf_counter() - start
    delays = [r.json()["delay_ms"] for r in sorted(responses, key=lambda r: int(r.url.params["task_id"]))]
    ideal = makespan(delays, lanes)
    print(json.dumps({"elapsed": elapsed * 1000, "ideal": ideal, "overhead": elapsed * 1000 - ideal}))


if __name__ == "__main__":
    main()
