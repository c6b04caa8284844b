"""One request after another: each starts when the previous one has finished."""
import time

import httpx


def fetch_all(client, urls):
    responses = []
    for url in urls:
        responses.append(client.get(url))
    return responses


if __name__ == "__main__":
    urls = [f"http://localhost:3000/api/upstream?delay_ms=100&task_id={i}" for i in range(10)]
    start = time.perf_counter()
    with httpx.Client() as client:
        responses = fetch_all(client, urls)
    print(f"{len(responses)} responses in {time.perf_counter() - start:.2f} s")
