"""The harness around the strategy files (not shown on the page): a warm worker that takes one
run per stdin line, hands the strategy an httpx client whose transport times every request
where it happens, and prints one JSON line per finished request.

stdin:  {"strategy", "urls", "workers", "limit", "timeout_ms", "warm_url"}
stdout: {"event": "hello"} once, then per run "started", one "request" per request, "end".
"""
import asyncio
import json
import platform
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import httpx

import async_gather
import async_limited
import sequential
import threads

# httpx.Client() and httpx.AsyncClient() open at most 100 connections by default (their
# transports' DEFAULT_LIMITS), so more requests than that go out in waves.
POOL_LIMIT = 100

_write_lock = threading.Lock()


def emit(**line):
    text = json.dumps(line, separators=(",", ":")) + "\n"
    with _write_lock:
        sys.stdout.write(text)
        sys.stdout.flush()


class Run:
    """One run's clock, lanes and report."""

    def __init__(self, strategy, timeout_ms):
        self.strategy = strategy
        self.timeout_ms = timeout_ms
        self.origin = None
        self.end = None
        self.free_slots = []
        self.next_slot = 0

    def lane(self):
        if self.strategy == "sequential":
            return 0
        if self.strategy == "threads":
            return threading.get_native_id()
        # Async: the lowest in-flight slot that is free (the event loop's one thread holds it).
        if self.free_slots:
            self.free_slots.sort()
            return self.free_slots.pop(0)
        self.next_slot += 1
        return self.next_slot - 1

    def done(self, lane):
        if self.strategy not in ("sequential", "threads"):
            self.free_slots.append(lane)

    def timed(self, request, start, lane, send):
        """Sends `request` with `send`, reads the body, and reports it (or its failure)."""
        try:
            response = send()
            error = None
        except httpx.TimeoutException:
            error = f"no answer within {self.timeout_ms} ms"
        except httpx.HTTPError as exc:
            error = str(exc) or type(exc).__name__
        return self.report(request, start, lane, response if error is None else None, error)

    def report(self, request, start, lane, response, error):
        end = time.perf_counter()
        if self.origin is not None and request.url.path != "/health":
            status = response.status_code if response is not None else None
            body = {}
            if response is not None:
                try:
                    body = json.loads(response.content)
                except ValueError:
                    body = {}
            ok = status is not None and 200 <= status < 300
            emit(
                event="request",
                task_id=int(request.url.params.get("task_id", -1)),
                start_ms=round((start - self.origin) * 1000, 2),
                end_ms=round((end - self.origin) * 1000, 2),
                lane=lane,
                ok=ok,
                status=status,
                error=None if ok else (error or str(body.get("error", f"HTTP {status}"))),
                delay_ms=body.get("delay_ms") if isinstance(body.get("delay_ms"), (int, float)) else None,
            )
        if response is None:
            response = httpx.Response(599, json={"error": error}, request=request)
        return response


class TimedTransport(httpx.BaseTransport):
    def __init__(self, run):
        self.run = run
        self.inner = httpx.HTTPTransport()

    def handle_request(self, request):
        start, lane = time.perf_counter(), self.run.lane()

        def send():
            response = self.inner.handle_request(request)
            response.read()
            return response

        return self.run.timed(request, start, lane, send)

    def close(self):
        self.inner.close()


class AsyncTimedTransport(httpx.AsyncBaseTransport):
    def __init__(self, run):
        self.run = run
        self.inner = httpx.AsyncHTTPTransport()

    async def handle_async_request(self, request):
        start, lane = time.perf_counter(), self.run.lane()
        try:
            response = await self.inner.handle_async_request(request)
            await response.aread()
            error = None
        except httpx.TimeoutException:
            response, error = None, f"no answer within {self.run.timeout_ms} ms"
        except httpx.HTTPError as exc:
            response, error = None, str(exc) or type(exc).__name__
        finally:
            self.run.done(lane)
        return self.run.report(request, start, lane, response, error)

    async def aclose(self):
        await self.inner.aclose()


def start_clock(run, received):
    run.origin = time.perf_counter()
    emit(event="started", setup_ms=round((run.origin - received) * 1000, 2))


def run_sync(job, run, received):
    lanes = min(1 if job["strategy"] == "sequential" else job["workers"], POOL_LIMIT)
    with httpx.Client(transport=TimedTransport(run), timeout=job["timeout_ms"] / 1000) as client:
        # Open the connections the run will use before the clock starts.
        with ThreadPoolExecutor(max_workers=lanes) as pool:
            list(pool.map(lambda _: client.get(job["warm_url"]), range(lanes)))
        start_clock(run, received)
        if job["strategy"] == "sequential":
            sequential.fetch_all(client, job["urls"])
        else:
            threads.fetch_all(client, job["urls"], workers=job["workers"])
        run.end = time.perf_counter()


async def run_async(job, run, received):
    limit = job["limit"]
    lanes = min(limit or len(job["urls"]), POOL_LIMIT)
    async with httpx.AsyncClient(transport=AsyncTimedTransport(run), timeout=job["timeout_ms"] / 1000) as client:
        await asyncio.gather(*(client.get(job["warm_url"]) for _ in range(lanes)))
        start_clock(run, received)
        if limit is None:
            await async_gather.fetch_all(client, job["urls"])
        else:
            await async_limited.fetch_all(client, job["urls"], limit=limit)
        run.end = time.perf_counter()


def main():
    emit(event="hello", python=platform.python_version(), httpx=httpx.__version__, pool_limit=POOL_LIMIT)
    for text in sys.stdin:
        received = time.perf_counter()
        try:
            job = json.loads(text)
            run = Run(job["strategy"], job["timeout_ms"])
            if job["strategy"] == "async":
                asyncio.run(run_async(job, run, received))
            else:
                run_sync(job, run, received)
            emit(event="end", elapsed_ms=round((run.end - run.origin) * 1000, 2))
        except Exception as exc:  # the run fails; the worker stays for the next one
            emit(event="error", message=f"{type(exc).__name__}: {exc}")


if __name__ == "__main__":
    main()
