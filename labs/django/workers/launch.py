"""
Not part of the essay: how the site starts the essay's project. Asks Linux to kill this process
when the site's process dies (so a site that is killed outright leaves no Django server behind),
then becomes the server: `launch.py runserver PORT` or `launch.py uvicorn PORT`.
"""
import ctypes
import os
import signal
import sys

PR_SET_PDEATHSIG = 1

try:
    ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
except (OSError, AttributeError):
    pass  # not Linux: the site still stops the server's process group when it exits
if os.getppid() == 1:
    sys.exit("the site that started this server has already gone")

server, port = sys.argv[1], sys.argv[2]
if server == "runserver":
    # WSGI, threaded; --noreload: one process, no autoreloader child.
    args = ["manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"]
else:
    args = ["-m", "uvicorn", "mysite.asgi:application", "--host", "127.0.0.1", "--port", port,
            "--no-access-log", "--lifespan", "off"]
os.execv(sys.executable, [sys.executable, "-s", "-B", "-u", *args])
