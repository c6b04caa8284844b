"""Sequential: send a request, wait for its answer, then send the next.
The total is the sum of the delays."""
import time

import httpx

UPSTREAM = "http://127.0.0.1:8001/api/upstream"  # slow_upstream.py


def fetch_all(client: httpx.Client, urls: list[str]) -> list[httpx.Response]:
    responses = []
    for url in urls:
        responses.append(client.get(url))  # blocks until this one answers
    return responses


def main() -> None:
    urls = [f"{UPSTREAM}?delay_ms=100&task_id={i}" for i in range(10)]
    with httpx.Client() as client:  # created before the clock starts
        start = time.perf_counter()
        responses = fetch_all(client, urls)
        elapsed = time.perf_counter() - start
    for response in responses:
        print(response.status_code, response.json())
    print(f"sequential: {elapsed:.2f} s")


if __name__ == "__main__":
    main()
