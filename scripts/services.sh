#!/usr/bin/env bash
# Makes sure what the tests need is installed and running: PostgreSQL on 127.0.0.1:5432, and Debian's
# Chromium for the dashboard's browser tests (Playwright drives /usr/bin/chromium; it never downloads browsers).
set -euo pipefail

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v pg_ctlcluster >/dev/null 2>&1; then
  echo "services: installing PostgreSQL from Debian" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq postgresql >/dev/null
fi

if [ ! -x /usr/bin/chromium ]; then
  echo "services: installing Chromium from Debian" >&2
  as_root apt-get update -qq
  DEBIAN_FRONTEND=noninteractive as_root apt-get install -y -qq chromium >/dev/null
fi

if ! pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "services: starting PostgreSQL" >&2
  version=$(ls /etc/postgresql | sort -V | tail -n 1)
  as_root pg_ctlcluster --skip-systemctl-redirect "$version" main start || true
  for _ in $(seq 1 30); do pg_isready -q -h 127.0.0.1 -p 5432 && break; sleep 1; done
fi

if pg_isready -q -h 127.0.0.1 -p 5432; then
  echo "services: PostgreSQL is ready on 127.0.0.1:5432" >&2
else
  echo "services: PostgreSQL did not start; its tests will be skipped" >&2
fi
