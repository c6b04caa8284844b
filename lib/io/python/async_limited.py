"""The event loop again, with at most `limit` requests in flight: a semaphore makes the others
wait their turn, and a TaskGroup waits for them all (and cancels the rest if one fails)."""
import asyncio
import time

import httpx


async def fetch_all(client, urls, limit=10):
    semaphore = asyncio.Semaphore(limit)

    async def fetch(url):
        async with semaphore:
            return await client.get(url)

    async with asyncio.TaskGroup() as group:
        tasks = [group.create_task(fetch(url)) for url in urls]
    return [task.result() for task in tasks]


async def main():
    urls = [f"http://localhost:3000/api/upstream?delay_ms=100&task_id={i}" for i in range(100)]
    start = time.perf_counter()
    async with httpx.AsyncClient() as client:
        responses = await fetch_all(client, urls, limit=10)
    print(f"{len(responses)} responses in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
