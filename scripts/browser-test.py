#!/usr/bin/env python3
"""Browser tests for Together: accessibility (axe-core), language/direction, page
structure, keyboard skip link and no-JavaScript login, in English and Arabic.

Pages: /en/ and /ar/, /en/login and /ar/login, /en/setup/TOKEN and /ar/setup/TOKEN,
and /en/no-such-page (404). Per page: HTTP status; <html lang> and dir (and, for
Arabic, computed body direction rtl); no horizontal scrolling; exactly one <main>
and one <h1>; axe-core with tags wcag2a, wcag2aa, wcag21a, wcag21aa, wcag22aa
(0 violations to pass); first Tab focuses a skip link to #main. Plus: the login
page with JavaScript disabled still has a POST form with a password field, and
(when this script started the server) SIGTERM makes the server exit with 0.

Uses Playwright driving the system Chromium (/usr/bin/chromium, Debian package
`chromium`) and axe-core bundled in the PyPI package `axe-playwright-python`.
Install both with scripts/install-browser-deps.sh.

Usage:
    # start the server binary itself (temp data dir, free port), test, stop it:
    python3 scripts/browser-test.py [--binary .build/debug/together] [--screenshots DIR]

    # test an already running server (setup pages only if --setup-url is given):
    python3 scripts/browser-test.py --base-url http://127.0.0.1:8080 [--setup-url URL]

Environment fallbacks: TOGETHER_BINARY, TOGETHER_BASE_URL, TOGETHER_SETUP_URL,
TOGETHER_CHROMIUM (browser executable).

Prints `PASS name` / `FAIL name: reason` (and `SKIP name: reason`) per check and
ends with the line `N passed, M failed`. Exit status 1 if any check failed.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import time
import shutil
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

SETUP_URL_RE = re.compile(r"https?://\S+/setup/\S+")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # colour codes a logger may add
HEALTH_TIMEOUT = 60.0
SETUP_URL_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0

from browser_conversations import check_conversations  # noqa: E402
from browser_message_tests import check_message_tests  # noqa: E402
from browser_gatherings import check_gatherings  # noqa: E402
from browser_pledges import check_pledges  # noqa: E402
from browser_chapters import check_chapters  # noqa: E402
from browser_common import AXE_OPTIONS, NAV_TIMEOUT_MS, Report, axe_summary, check_page  # noqa: E402,F401
from browser_journeys import check_login_without_js, check_message_checker, check_staff_pages, check_story_journey  # noqa: E402

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


# Never send loopback requests through a proxy from the environment.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def http_status(url: str, timeout: float = 2.0) -> int | None:
    try:
        with _OPENER.open(url, timeout=timeout) as resp:
            return resp.status
    except urllib.error.HTTPError as e:
        return e.code
    except (urllib.error.URLError, OSError):
        return None


def tail(path: Path, lines: int = 30) -> str:
    try:
        text = path.read_text(errors="replace").splitlines()
    except OSError:
        return "(no log)"
    return "\n".join(text[-lines:])


class Server:
    """Runs `BINARY serve --host 127.0.0.1 --port PORT --data-dir DIR`."""

    def __init__(self, binary: str) -> None:
        self.binary = binary
        self.root = Path(tempfile.mkdtemp(prefix="together-browser-"))
        self.data_dir = self.root / "data"
        self.data_dir.mkdir()
        self.log_path = self.root / "server.log"
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.proc: subprocess.Popen | None = None
        self.killed = False  # True if SIGTERM was not enough
        self.exited_early = False  # True if it had exited before we stopped it
        self._log = None

    def start(self) -> None:
        self._log = open(self.log_path, "wb")
        cmd = [self.binary, "serve", "--host", "127.0.0.1", "--port", str(self.port),
               "--data-dir", str(self.data_dir)]
        self.proc = subprocess.Popen(cmd, stdout=self._log, stderr=subprocess.STDOUT,
                                     stdin=subprocess.DEVNULL)

    def wait_healthy(self, timeout: float = HEALTH_TIMEOUT) -> str | None:
        """None when GET /healthz returned 200, else the reason."""
        deadline = time.monotonic() + timeout
        last = None
        while time.monotonic() < deadline:
            if self.proc.poll() is not None:
                return f"server exited early with code {self.proc.returncode}"
            last = http_status(self.base_url + "/healthz")
            if last == 200:
                return None
            time.sleep(0.25)
        return f"GET /healthz not 200 within {timeout:.0f}s (last: {last})"

    def find_setup_url(self, timeout: float = SETUP_URL_TIMEOUT) -> str | None:
        deadline = time.monotonic() + timeout
        while True:
            self._log.flush()
            text = ANSI_RE.sub("", self.log_path.read_text(errors="replace"))
            m = SETUP_URL_RE.search(text)
            if m:
                return m.group(0).rstrip(".,;:)]}>'\"\\")
            if time.monotonic() >= deadline or self.proc.poll() is not None:
                return None
            time.sleep(0.25)

    def stop(self) -> int | None:
        """SIGTERM, wait STOP_TIMEOUT, then SIGKILL. Returns the exit code
        (negative: killed by that signal), or None if it never started."""
        if self.proc is None:
            return None
        if self.proc.poll() is not None:
            self.exited_early = True
        else:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
                self.killed = True
        if self._log:
            self._log.close()
        return self.proc.returncode

    def cleanup(self) -> None:
        shutil.rmtree(self.root, ignore_errors=True)


# --------------------------------------------------------------------------


# --------------------------------------------------------------------------


def parse_args() -> argparse.Namespace:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--binary", default=os.environ.get("TOGETHER_BINARY", ".build/debug/together"),
                   help="server binary to start (default: %(default)s)")
    p.add_argument("--base-url", default=os.environ.get("TOGETHER_BASE_URL"),
                   help="test this already running server instead of starting one")
    p.add_argument("--setup-url", default=os.environ.get("TOGETHER_SETUP_URL"),
                   help="one-time setup URL (with --base-url; found in the server output otherwise)")
    p.add_argument("--screenshots", type=Path, default=None,
                   help="directory for full-page screenshots (default: none)")
    p.add_argument("--chromium", default=os.environ.get("TOGETHER_CHROMIUM", "/usr/bin/chromium"),
                   help="browser executable (default: %(default)s)")
    return p.parse_args()


def run_browser_checks(report: Report, base: str, setup_url: str | None,
                       chromium: str, screenshots: Path | None, moderator: str | None = None) -> None:
    # Imported here so that a missing package is reported as a failed check.
    from playwright.sync_api import sync_playwright
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    token = None
    if setup_url:
        path = urllib.parse.urlsplit(setup_url).path
        token = path.split("/setup/", 1)[1] if "/setup/" in path else None

    pages = []  # (name, path, lang, expected status)
    for lang in ("en", "ar"):
        pages.append((f"{lang}/home", f"/{lang}/", lang, 200))
        pages.append((f"{lang}/login", f"/{lang}/login", lang, 200))
        if token:
            pages.append((f"{lang}/setup", f"/{lang}/setup/{token}", lang, 200))
    pages.append(("en/404", "/en/no-such-page", "en", 404))
    if not token:
        report.skip("setup pages", "no setup URL (pass --setup-url with --base-url)")

    with sync_playwright() as pw:
        try:
            browser = pw.chromium.launch(executable_path=chromium, headless=True,
                                         args=["--no-sandbox", "--disable-dev-shm-usage"])
        except Exception as e:  # noqa: BLE001
            report.fail("browser launch", f"{chromium}: {e}")
            return
        try:
            for name, path, lang, status in pages:
                try:
                    check_page(report, browser, axe, name, base + path, lang, status, screenshots)
                except Exception as e:  # noqa: BLE001
                    report.fail(f"{name}", f"unexpected error: {e}")
            for lang in ("en", "ar"):
                check_login_without_js(report, browser, base, lang)
            staff_state = check_staff_pages(report, browser, axe, base, token, screenshots) if token else None
            if moderator:
                check_story_journey(report, browser, axe, base, moderator, screenshots, staff_state)
            check_message_checker(report, browser, axe, base, screenshots)
            if staff_state:
                check_conversations(report, browser, axe, base, staff_state, screenshots)
                check_gatherings(report, browser, axe, base, staff_state, screenshots)
                check_pledges(report, browser, axe, base, staff_state, screenshots)
                check_chapters(report, browser, axe, base, staff_state, screenshots)
                check_message_tests(report, browser, axe, base, staff_state, screenshots)
        finally:
            browser.close()


def main() -> int:
    args = parse_args()
    # Let `timeout`/CI cancellation run the finally blocks (stop the server).
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    report = Report()
    if args.screenshots is not None:
        args.screenshots.mkdir(parents=True, exist_ok=True)

    if args.base_url:
        base = args.base_url.rstrip("/")
        try:
            run_browser_checks(report, base, args.setup_url, args.chromium, args.screenshots)
        except Exception as e:  # noqa: BLE001
            report.fail("browser tests", f"{type(e).__name__}: {e}")
        return report.summary()

    if not (os.path.isfile(args.binary) and os.access(args.binary, os.X_OK)):
        report.fail("server binary", f"{args.binary} is not an executable file (build it first)")
        return report.summary()

    server = Server(args.binary)
    try:
        server.start()
        problem = server.wait_healthy()
        if problem:
            report.fail("server healthz", problem)
        else:
            report.ok("server healthz")
            setup_url = server.find_setup_url()
            if report.check("server setup URL", setup_url is not None,
                            f"no line matching {SETUP_URL_RE.pattern} in the server output "
                            f"within {SETUP_URL_TIMEOUT:.0f}s"):
                print(f"# setup URL: {setup_url}", flush=True)
            # A moderator's API token, made with the command line while the server runs.
            made = subprocess.run(
                [args.binary, "token", "create", "--role", "moderator", "--name", "browser-test",
                 "--data-dir", str(server.data_dir)], capture_output=True, text=True, timeout=60)
            moderator = made.stdout.strip() if made.returncode == 0 else None
            report.check("moderator token from the command line", moderator is not None, made.stderr[-300:])
            try:
                run_browser_checks(report, server.base_url, setup_url, args.chromium,
                                   args.screenshots, moderator)
            except Exception as e:  # noqa: BLE001
                report.fail("browser tests", f"{type(e).__name__}: {e}")
            if server.proc.poll() is not None:
                report.fail("server alive", f"server died during the tests with code "
                                            f"{server.proc.returncode}")
    finally:
        code = server.stop()
        if code is not None:
            if server.exited_early:
                report.fail("server exit", f"server exited on its own (code {code}) before SIGTERM")
            elif server.killed:
                report.fail("server exit", f"did not exit within {STOP_TIMEOUT:.0f}s of SIGTERM; "
                                           f"killed (code {code})")
            elif code == 0:
                report.ok("server exit")
            elif code < 0:
                report.fail("server exit", f"died from signal {-code} "
                                           f"({signal.Signals(-code).name}), expected exit 0 on SIGTERM")
            else:
                report.fail("server exit", f"exit code {code} after SIGTERM, expected 0")
            if report.failed:
                print("# server log tail:", flush=True)
                for line in tail(server.log_path, 40).splitlines():
                    print(f"#   {line}", flush=True)
        server.cleanup()
    return report.summary()


if __name__ == "__main__":
    sys.exit(main())
