"""A pool of OS threads: each thread sends a request and waits for it; the GIL is released while
a thread waits on its socket, so the others send theirs meanwhile."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import httpx


def fetch_all(client, urls, workers=5):
    # httpx.Client is thread-safe: the threads share its connection pool.
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(client.get, url) for url in urls]
        return [future.result() for future in as_completed(futures)]


if __name__ == "__main__":
    urls = [f"http://localhost:3000/api/upstream?delay_ms=100&task_id={i}" for i in range(10)]
    start = time.perf_counter()
    with httpx.Client() as client:
        responses = fetch_all(client, urls)
    print(f"{len(responses)} responses in {time.perf_counter() - start:.2f} s")
