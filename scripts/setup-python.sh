#!/usr/bin/env bash
# Installs the Python side of the labs: a python3 that imports httpx (the I/O lab's CPython
# engine), plus Django and uvicorn. With the package index reachable, a virtual environment in
# .venv (which the server looks for first); otherwise Debian's packages. On Debian, Django 4.2
# also comes from bookworm-backports, unpacked (not installed) into .python/django42 beside the
# system's Django 3.2; the example-project page's real Django lab puts that folder first on
# PYTHONPATH for its 4.2 servers. Prints what it found. Quick when everything is there already.
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

DJANGO42_DIR=.python/django42
DJANGO42_PATH="$DJANGO42_DIR/usr/lib/python3/dist-packages"

# Django 4.2 from bookworm-backports, unpacked into .python/django42 (Debian only; no index).
fetch_django42() {
  [ -d "$DJANGO42_PATH/django" ] && return 0
  command -v apt-get >/dev/null 2>&1 && command -v dpkg >/dev/null 2>&1 || return 0
  grep -qs '^VERSION_CODENAME=bookworm' /etc/os-release || return 0
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  local sources=/etc/apt/sources.list.d/bookworm-backports.sources
  if ! grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/; then
    local uri
    uri=$(sed -n 's/^URIs: *//p' /etc/apt/sources.list.d/debian.sources 2>/dev/null | head -1)
    echo "setup:python: adding bookworm-backports ($sources) for Django 4.2"
    printf 'Types: deb\nURIs: %s\nSuites: bookworm-backports\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' \
      "${uri:-http://deb.debian.org/debian}" | $SUDO tee "$sources" >/dev/null
  fi
  $SUDO apt-get update -qq >/dev/null 2>&1 || echo "setup:python: apt-get update failed; trying the cached index"
  local tmp
  tmp=$(mktemp -d)
  # As root, apt warns that _apt cannot write the folder; the file arrives all the same.
  if (cd "$tmp" && apt-get download -qq python3-django/bookworm-backports >/dev/null 2>&1) && ls "$tmp"/python3-django_*.deb >/dev/null 2>&1; then
    mkdir -p "$DJANGO42_DIR" && dpkg -x "$tmp"/python3-django_*.deb "$DJANGO42_DIR"
  else
    echo "setup:python: could not download python3-django from bookworm-backports; the Django lab runs 3.2 only"
  fi
  rm -rf "$tmp"
}

report_django42() {
  [ -d "$DJANGO42_PATH/django" ] || return 0
  for python in .venv/bin/python3 python3 /usr/bin/python3; do
    PYTHONPATH="$DJANGO42_PATH" "$python" -s -c 'import django, uvicorn' >/dev/null 2>&1 || continue
    PYTHONPATH="$DJANGO42_PATH" "$python" -s -c 'import sys, django; print(sys.argv[1] + " with " + sys.argv[2] + ": django " + django.__version__)' "$python" "$DJANGO42_PATH"
    return 0
  done
}

if has_httpx; then
  echo "setup:python: a python3 with httpx is here already"
  [ -d .venv ] || fetch_django42
  report
  report_django42
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
  fetch_django42
else
  echo "setup:python: neither the package index nor apt-get is available; the labs run on Node.js"
fi
report
report_django42
has_httpx || echo "setup:python: still no python3 with httpx; the I/O lab offers only its Node.js engine"
exit 0
