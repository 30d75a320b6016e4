#!/usr/bin/env bash
# Everything the tests need on a fresh Debian 12 machine: PostgreSQL 15, exiftool, Chromium with
# Arabic fonts, and the Python packages that drive the browser. Idempotent.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ ! -x /usr/lib/postgresql/15/bin/initdb ]]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends postgresql-15
fi
# exiftool reads the cleaned photos back in PhotosTests (they must carry no metadata at all).
if ! command -v exiftool >/dev/null; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q --no-install-recommends libimage-exiftool-perl
fi
scripts/install-browser-deps.sh
