#!/usr/bin/env bash
# Install what scripts/browser-test.py needs, idempotently and non-interactively:
#   - Debian: chromium (the browser Playwright drives, /usr/bin/chromium) and
#     fonts-noto-core (Noto Sans/Naskh/Kufi Arabic, so Arabic pages render) and
#     fonts-liberation (Arial/Times-metric Latin fonts). No recommends: headless
#     Chromium needs none of them (checked in a minimal bookworm chroot);
#   - PyPI: playwright and axe-playwright-python (bundles axe-core 4.12.1).
# Playwright's own browser download is not used (and not reachable here).
#
# Usage: scripts/install-browser-deps.sh        (as root, or with sudo available)
set -euo pipefail

APT_PACKAGES=(chromium fonts-noto-core fonts-liberation)
PIP_PACKAGES=(playwright==1.65.2 axe-playwright-python==0.1.8 openapi-spec-validator==0.9.0 icalendar==7.3.2 schemathesis==4.32.5)
PYTHON="${PYTHON:-python3}"

log() { echo "install-browser-deps: $*" >&2; }

SUDO=()
if [[ $EUID -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || { log "ERROR: not root and no sudo"; exit 1; }
    SUDO=(sudo)
fi

# --- Debian packages: only touch apt if something is missing ----------------
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$pkg")
    fi
done
if ((${#missing[@]})); then
    log "installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${SUDO[@]}" apt-get update -q
    "${SUDO[@]}" env DEBIAN_FRONTEND=noninteractive \
        apt-get install -y -q --no-install-recommends "${missing[@]}"
else
    log "apt packages already installed: ${APT_PACKAGES[*]}"
fi

# --- Python packages (pinned) ---------------------------------------------
if "$PYTHON" - "${PIP_PACKAGES[@]}" <<'EOF'
import sys
from importlib.metadata import version, PackageNotFoundError
for spec in sys.argv[1:]:
    name, want = spec.split("==")
    try:
        if version(name) != want:
            sys.exit(1)
    except PackageNotFoundError:
        sys.exit(1)
EOF
then
    log "pip packages already installed: ${PIP_PACKAGES[*]}"
else
    log "pip installing ${PIP_PACKAGES[*]}"
    "$PYTHON" -m pip install -q --disable-pip-version-check --root-user-action=ignore \
        "${PIP_PACKAGES[@]}"
fi

# --- Quick check: Playwright can drive the system Chromium ----------------
log "checking that Playwright launches /usr/bin/chromium"
timeout 120 "$PYTHON" - <<'EOF'
from playwright.sync_api import sync_playwright
with sync_playwright() as p:
    b = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True,
                          args=["--no-sandbox", "--disable-dev-shm-usage"])
    print(f"install-browser-deps: ok, Chromium {b.version}", flush=True)
    b.close()
EOF
