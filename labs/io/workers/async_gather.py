"""Async: one thread, one event loop. Each `await client.get(url)` sends a request and suspends
its coroutine; the loop resumes whichever answer arrives. The total is about the longest delay."""
import asyncio
import time

import httpx

UPSTREAM = "http://127.0.0.1:8001/api/upstream"  # slow_upstream.py


async def fetch_all(client: httpx.AsyncClient, urls: list[str]) -> list[httpx.Response]:
    results = await asyncio.gather(*(client.get(url) for url in urls), return_exceptions=True)
    for url, result in zip(urls, results):
        if isinstance(result, Exception):  # failures come back as values
            print(f"{url!r} failed: {result!r}")
    return [result for result in results if isinstance(result, httpx.Response)]


async def main() -> None:
    urls = [f"{UPSTREAM}?delay_ms=100&task_id={i}" for i in range(10)]
    async with httpx.AsyncClient() as client:
        start = time.perf_counter()
        responses = await fetch_all(client, urls)
        elapsed = time.perf_counter() - start
    for response in responses:
        print(response.status_code, response.json())
    print(f"async: {elapsed:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
