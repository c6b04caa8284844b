"""Async with a limit: a semaphore keeps at most `limit` requests on the wire while the rest
wait for a free slot, and a TaskGroup waits for them all (and cancels the rest if one fails)."""
import asyncio
import time

import httpx

UPSTREAM = "http://127.0.0.1:8001/api/upstream"  # slow_upstream.py


async def fetch_all(client: httpx.AsyncClient, urls: list[str], limit: int = 5) -> list[httpx.Response]:
    semaphore = asyncio.Semaphore(limit)

    async def fetch(url: str) -> httpx.Response:
        async with semaphore:  # waits here while `limit` requests are in flight
            return await client.get(url)

    async with asyncio.TaskGroup() as group:  # Python 3.11+
        tasks = [group.create_task(fetch(url)) for url in urls]
    return [task.result() for task in tasks]


async def main() -> None:
    urls = [f"{UPSTREAM}?delay_ms=100&task_id={i}" for i in range(20)]
    async with httpx.AsyncClient() as client:
        start = time.perf_counter()
        responses = await fetch_all(client, urls, limit=5)
        elapsed = time.perf_counter() - start
    for response in responses:
        print(response.status_code, response.json())
    print(f"async, at most 5 at once: {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
