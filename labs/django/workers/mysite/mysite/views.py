import time
import httpx
import asyncio

from django.http import JsonResponse

import os  # fix: the port this server listens on (below)
from .timeline import record_view  # added: when each sync view ran, for the page's timeline


def api(request):
    started = time.time()  # added: for the timeline
    time.sleep(1)
    payload = {"message": "Hello World!", "task_id": request.GET.get("task_id")}
    record_view(payload["task_id"], started, time.time())  # added: for the timeline
    return JsonResponse(payload)


async def api_aggregated(request):
    responses = []
    # fix: the essay's "http://127.0.0.1:8000/sync/api/"; the site starts this server on a
    # free port and passes it in MYSITE_PORT
    base_url = f"http://127.0.0.1:{os.environ['MYSITE_PORT']}/sync/api/"
    urls = [f"{base_url}?task_id={task_id}" for task_id in range(10)]
    s = time.perf_counter()
    async with httpx.AsyncClient() as client:
        responses = await asyncio.gather(*[client.get(url) for url in urls])
        responses = [r.json() for r in responses]
    elapsed = time.perf_counter() - s
    result = {
        "responses": responses,
        "debug_message": f"fetch executed in {elapsed:0.2f} seconds."
    }
    return JsonResponse(result)
