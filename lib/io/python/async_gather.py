"""One thread, one event loop: every request is in flight at once, and the loop runs whichever
task's answer has arrived."""
import asyncio
import time

import httpx


async def fetch_all(client, urls):
    return await asyncio.gather(*(client.get(url) for url in urls))


async def main():
    urls = [f"http://localhost:3000/api/upstream?delay_ms=100&task_id={i}" for i in range(10)]
    start = time.perf_counter()
    async with httpx.AsyncClient() as client:
        responses = await fetch_all(client, urls)
    print(f"{len(responses)} responses in {time.perf_counter() - start:.2f} s")


if __name__ == "__main__":
    asyncio.run(main())
