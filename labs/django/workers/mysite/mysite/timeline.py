"""
Not part of the essay: how the site learns when each sync view ran. Each call prints one JSON
line to standard output, which the site reads from the server's own log (a view that ends after
the aggregating view has given up still gets its line).
"""
import json
import sys
import threading


def record_view(task_id, started, ended):
    line = {"view": "api", "task_id": task_id, "start": started, "end": ended, "thread": threading.get_ident()}
    sys.stdout.write(json.dumps(line) + "\n")
    sys.stdout.flush()
