"""A thread pool: each of `workers` OS threads sends a request and blocks until its answer
arrives, then takes the next. A thread waiting on its socket releases the GIL, so the others
send theirs meanwhile. The total is about ceil(n / workers) delays."""
import time
from concurrent.futures import ThreadPoolExecutor, as_completed

import httpx

UPSTREAM = "http://127.0.0.1:8001/api/upstream"  # slow_upstream.py


def fetch_all(client: httpx.Client, urls: list[str], workers: int = 5) -> list[httpx.Response]:
    # One httpx.Client shared by the threads (it is thread-safe), so connections are reused.
    responses = []
    with ThreadPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(client.get, url): url for url in urls}
        for future in as_completed(futures):  # in the order they finish
            try:
                responses.append(future.result())
            except httpx.HTTPError as exc:  # one failure must not end the run
                print(f"{futures[future]!r} failed: {exc!r}")
    return responses


def main() -> None:
    urls = [f"{UPSTREAM}?delay_ms=100&task_id={i}" for i in range(10)]
    with httpx.Client() as client:
        start = time.perf_counter()
        responses = fetch_all(client, urls)
        elapsed = time.perf_counter() - start
    for response in responses:
        print(response.status_code, response.json())
    print(f"threads: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
