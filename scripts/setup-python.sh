#!/usr/bin/env bash
# Installs the Python side of the labs: a python3 that imports httpx (the I/O lab's CPython
# engine), plus Django and uvicorn. With the package index reachable, a virtual environment in
# .venv (which the server looks for first); otherwise Debian's packages. Prints what it found.
set -uo pipefail
cd "$(dirname "$0")/.."

report() {
  for python in .venv/bin/python3 python3 /usr/bin/python3; do
    command -v "$python" >/dev/null 2>&1 || [ -x "$python" ] || continue
    "$python" -E -s -c 'import platform, sys
found = ["Python " + platform.python_version()]
for name in ("httpx", "django", "uvicorn"):
    try:
        found.append(name + " " + __import__(name).__version__)
    except ImportError:
        found.append(name + " missing")
print(sys.argv[1] + ": " + ", ".join(found))' "$python" 2>/dev/null
  done
}

has_httpx() {
  for python in .venv/bin/python3 python3 /usr/bin/python3; do
    "$python" -E -s -c 'import httpx' >/dev/null 2>&1 && return 0
  done
  return 1
}

if has_httpx; then
  echo "setup:python: a python3 with httpx is here already"
  report
  exit 0
fi

if python3 -m venv --help >/dev/null 2>&1 && timeout 8 python3 -m pip download --no-deps --quiet --dest /tmp/setup-python-probe httpx >/dev/null 2>&1; then
  echo "setup:python: the package index answers; installing into .venv"
  python3 -m venv .venv && .venv/bin/pip install --quiet httpx django uvicorn
elif command -v apt-get >/dev/null 2>&1; then
  echo "setup:python: no package index; installing Debian's packages"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq python3 python3-httpx python3-django uvicorn
else
  echo "setup:python: neither the package index nor apt-get is available; the labs run on Node.js"
fi
report
has_httpx || echo "setup:python: still no python3 with httpx; the I/O lab offers only its Node.js engine"
exit 0
