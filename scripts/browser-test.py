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

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": AXE_TAGS},
    "resultTypes": ["violations"],
}
SETUP_URL_RE = re.compile(r"https?://\S+/setup/\S+")
ANSI_RE = re.compile(r"\x1b\[[0-9;]*[A-Za-z]")  # colour codes a logger may add
HEALTH_TIMEOUT = 60.0
SETUP_URL_TIMEOUT = 15.0
STOP_TIMEOUT = 10.0
NAV_TIMEOUT_MS = 30_000


# --------------------------------------------------------------------------
# Reporting


class Report:
    def __init__(self) -> None:
        self.passed = 0
        self.failed = 0

    def ok(self, name: str) -> None:
        self.passed += 1
        print(f"PASS {name}", flush=True)

    def fail(self, name: str, reason: str) -> None:
        self.failed += 1
        reason = " ".join(str(reason).split())  # one line per check
        print(f"FAIL {name}: {reason}", flush=True)

    def skip(self, name: str, reason: str) -> None:
        print(f"SKIP {name}: {reason}", flush=True)

    def check(self, name: str, condition: bool, reason: str) -> bool:
        if condition:
            self.ok(name)
        else:
            self.fail(name, reason)
        return condition

    def summary(self) -> int:
        print(f"{self.passed} passed, {self.failed} failed", flush=True)
        return 1 if self.failed else 0


# --------------------------------------------------------------------------
# Server process


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
# Page checks


def axe_summary(violations: list[dict]) -> str:
    parts = []
    for v in violations:
        targets = []
        for node in v.get("nodes", [])[:3]:
            # A target is a list of selectors (more than one across iframes/shadow DOM).
            t = node.get("target", [])
            targets.append(" >> ".join(map(str, t)) if isinstance(t, list) else str(t))
        more = len(v.get("nodes", [])) - len(targets)
        where = ", ".join(targets) + (f" (+{more} more)" if more > 0 else "")
        parts.append(f"[{v.get('id')} ({v.get('impact')}): {v.get('help')} at {where}]")
    return f"{len(violations)} violation(s): " + " ".join(parts)


PAGE_FACTS_JS = """() => ({
    lang: document.documentElement.lang,
    dir: document.documentElement.dir,
    bodyDirection: getComputedStyle(document.body).direction,
    mains: document.querySelectorAll('main').length,
    h1s: document.querySelectorAll('h1').length,
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
})"""

FOCUSED_JS = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const href = el.getAttribute('href');
    let targetExists = null;
    if (href && href.includes('#')) {
        const id = decodeURIComponent(href.slice(href.indexOf('#') + 1));
        targetExists = !!document.getElementById(id);
    }
    return {tag: el.tagName.toLowerCase(), href: href,
            text: (el.textContent || '').trim().slice(0, 60), targetExists: targetExists};
}"""


def check_page(report: Report, browser, axe, name: str, url: str, lang: str,
               expected_status: int, screenshots: Path | None, storage_state=None) -> None:
    context = browser.new_context(storage_state=storage_state)
    try:
        page = context.new_page()
        try:
            response = page.goto(url, wait_until="load", timeout=NAV_TIMEOUT_MS)
        except Exception as e:  # noqa: BLE001 - report any navigation error
            report.fail(f"{name} load", f"{url}: {e}")
            return
        status = response.status if response else None
        report.check(f"{name} status", status == expected_status,
                     f"GET {url} gave {status}, expected {expected_status}")

        facts = page.evaluate(PAGE_FACTS_JS)
        expected_dir = "rtl" if lang == "ar" else "ltr"
        got_lang = (facts["lang"] or "")
        report.check(f"{name} lang", got_lang.split("-")[0].lower() == lang,
                     f"<html lang> is {got_lang!r}, expected {lang!r}")
        report.check(f"{name} dir", facts["dir"] == expected_dir,
                     f"<html dir> is {facts['dir']!r}, expected {expected_dir!r}")
        if lang == "ar":
            report.check(f"{name} body direction", facts["bodyDirection"] == "rtl",
                         f"computed direction of <body> is {facts['bodyDirection']!r}, expected 'rtl'")
        # E.g. an off-screen skip link at `left: -9999px` scrolls sideways in RTL.
        report.check(f"{name} no horizontal scroll", facts["scrollWidth"] <= facts["clientWidth"],
                     f"page is {facts['scrollWidth']}px wide in a {facts['clientWidth']}px viewport")
        report.check(f"{name} one main", facts["mains"] == 1,
                     f"{facts['mains']} <main> elements, expected 1")
        report.check(f"{name} one h1", facts["h1s"] == 1,
                     f"{facts['h1s']} <h1> elements, expected 1")

        if screenshots is not None:
            shot = screenshots / f"{name.replace('/', '-')}.png"
            page.screenshot(path=str(shot), full_page=True)

        try:
            results = axe.run(page, options=AXE_OPTIONS)
            violations = results.response.get("violations", [])
            report.check(f"{name} axe", not violations, axe_summary(violations))
        except Exception as e:  # noqa: BLE001
            report.fail(f"{name} axe", f"axe did not run: {e}")

        # Keyboard: the first Tab from a fresh load focuses the skip link.
        page.goto(url, wait_until="load", timeout=NAV_TIMEOUT_MS)
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED_JS)
        if not focused:
            report.fail(f"{name} skip link", "Tab focused nothing")
        elif not (focused["href"] or "").endswith("#main"):
            report.fail(f"{name} skip link",
                        f"first focusable is <{focused['tag']}> href={focused['href']!r} "
                        f"text={focused['text']!r}, expected a link to #main")
        elif not focused["targetExists"]:
            report.fail(f"{name} skip link", "skip link points to #main but no element has id=main")
        else:
            report.ok(f"{name} skip link")
    finally:
        context.close()


STAFF_PASSWORD = "olive tree by the river"


def check_staff_pages(report: Report, browser, axe, base: str, token: str,
                      screenshots: Path | None):
    """Creates the first administrator through the setup form, as a person would, then checks
    the staff screens (and a form showing errors) in English and Arabic."""
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/ar/setup/{token}", wait_until="load", timeout=NAV_TIMEOUT_MS)
        page.fill("#name", "رانيا عزيز")
        page.fill("#email", "rania@example.org")
        page.fill("#password", "short")
        page.fill("#confirm", "short")
        page.click("button[type=submit]")
        has_summary = page.locator(".error-summary").count() == 1
        report.check("ar/setup error summary", has_summary, "a too-short password showed no error summary")
        try:
            results = axe.run(page, options=AXE_OPTIONS)
            violations = results.response.get("violations", [])
            report.check("ar/setup with errors axe", not violations, axe_summary(violations))
        except Exception as e:  # noqa: BLE001
            report.fail("ar/setup with errors axe", f"axe did not run: {e}")
        page.fill("#name", "رانيا عزيز")
        page.fill("#email", "rania@example.org")
        page.fill("#password", STAFF_PASSWORD)
        page.fill("#confirm", STAFF_PASSWORD)
        page.click("button[type=submit]")
        signed_in = urllib.parse.urlsplit(page.url).path == "/ar/staff"
        if not report.check("setup creates the administrator", signed_in, f"ended at {page.url}"):
            return None
        state = context.storage_state()
    finally:
        context.close()
    for name, path, lang in [
        ("en/staff", "/en/staff", "en"), ("ar/staff", "/ar/staff", "ar"),
        ("en/staff/users", "/en/staff/users", "en"), ("ar/staff/users", "/ar/staff/users", "ar"),
        ("ar/account/password", "/ar/account/password", "ar"),
        ("ar/staff/submit-story", "/ar/staff/submit-story", "ar"), ("en/staff/audit", "/en/staff/audit", "en"),
        ("ar/staff/audit", "/ar/staff/audit", "ar"),
    ]:
        check_page(report, browser, axe, name, base + path, lang, 200, screenshots, storage_state=state)
    return state


def api(base: str, method: str, path: str, token: str | None = None, body: dict | None = None) -> tuple[int, dict]:
    """A JSON API call; returns (status, parsed body or {})."""
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(base + path, data=data, method=method)
    if token:
        request.add_header("Authorization", f"Bearer {token}")
    if data is not None:
        request.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as error:
        try:
            return error.code, json.loads(error.read() or b"{}")
        except ValueError:
            return error.code, {}


def check_story_journey(report: Report, browser, axe, base: str, moderator: str,
                        screenshots: Path | None, staff_state=None) -> None:
    """A story told in Arabic through the real form, approved by its teller, published, translated,
    found by search, withdrawn with its translation."""
    marker = f"MARKER{int(time.time() * 1000)}"
    for name, path, lang in [("ar/stories/new", "/ar/stories/new", "ar"), ("en/stories/new", "/en/stories/new", "en"),
                             ("ar/my-story", "/ar/my-story", "ar")]:
        check_page(report, browser, axe, name, base + path, lang, 200, screenshots)

    def run_axe(page, name: str) -> None:
        try:
            violations = axe.run(page, options=AXE_OPTIONS).response.get("violations", [])
            report.check(f"{name} axe", not violations, axe_summary(violations))
        except Exception as e:  # noqa: BLE001
            report.fail(f"{name} axe", f"axe did not run: {e}")
        if screenshots is not None:
            page.screenshot(path=str(screenshots / f"{name.replace('/', '-')}.png"), full_page=True)

    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(f"{base}/ar/stories/new", wait_until="load", timeout=NAV_TIMEOUT_MS)
        page.fill("#title", "خبز يوم الأحد")
        page.fill("#body", f"نخبز معًا كل يوم أحد، والجيران يحضرون المربى. {marker}")
        page.select_option("#language", "ar")
        page.check("#voice-refugee")
        page.check("#themes-food")
        page.select_option("#country", "JO")
        page.fill("#region", "عمّان")
        page.check("#credit-anonymous")
        page.check("#consent-publish")
        page.check("#consent-translate")
        page.click("button[type=submit]")
        text = page.inner_text("main")
        match = re.search(r"[0-9A-Z]{5}(?:-[0-9A-Z]{5}){4}-[0-9A-Z]", text)
        if not report.check("story sent: receipt code shown", match is not None, text[:300]):
            return
        code = match.group(0)
        run_axe(page, "ar/receipt")

        status, queue = api(base, "GET", "/api/v1/review-queue", moderator)
        story_id = next((item["id"] for item in queue.get("items", []) if item.get("title") == "خبز يوم الأحد"), None)
        if not report.check("story in the review queue", status == 200 and story_id is not None, f"{status} {queue}"):
            return
        if staff_state is not None:
            check_page(report, browser, axe, "ar/staff/stories", f"{base}/ar/staff/stories", "ar", 200, screenshots,
                       storage_state=staff_state)
            check_page(report, browser, axe, "ar/staff/stories/review", f"{base}/ar/staff/stories/{story_id}", "ar", 200,
                       screenshots, storage_state=staff_state)
        status, _ = api(base, "POST", f"/api/v1/stories/{story_id}/request-approval", moderator)
        report.check("moderator sends it to the teller", status == 200, f"status {status}")

        page.goto(f"{base}/ar/my-story", wait_until="load", timeout=NAV_TIMEOUT_MS)
        page.fill("#code", code.lower())
        page.click("button[type=submit]")
        run_axe(page, "ar/my-story/open")
        approve = page.locator("form[action='/ar/my-story/approve'] button")
        if not report.check("teller sees the approve button", approve.count() == 1, page.inner_text("main")[:300]):
            return
        approve.click()
        status, _ = api(base, "POST", f"/api/v1/stories/{story_id}/publish", moderator)
        report.check("published after the teller's approval", status == 200, f"status {status}")
        status, story = api(base, "GET", f"/api/v1/stories/{story_id}")
        report.check("published story readable", status == 200 and marker in story.get("body", ""), f"{status}")
        check_page(report, browser, axe, "ar/stories", f"{base}/ar/stories?q=خبز", "ar", 200, screenshots)
        check_page(report, browser, axe, "en/stories/story", f"{base}/en/stories/{story_id}", "en", 200, screenshots)
        listing = context.new_page()
        listing.goto(f"{base}/ar/stories?q=" + urllib.parse.quote("خبز"), wait_until="load", timeout=NAV_TIMEOUT_MS)
        report.check("found by search", "خبز يوم الأحد" in listing.inner_text("main"), listing.inner_text("main")[:200])

        # A translation: added by staff, approved by the teller on their page, linked from the original.
        if staff_state is not None:
            check_page(report, browser, axe, "ar/staff/stories/translate", f"{base}/ar/staff/stories/{story_id}/translate", "ar",
                       200, screenshots, storage_state=staff_state)
        status, created = api(base, "POST", f"/api/v1/stories/{story_id}/translations", moderator,
                              {"language": "en", "title": "Sunday bread", "body": "We bake together every Sunday."})
        translation_id = created.get("id")
        if report.check("translation added", status == 201 and translation_id is not None, f"{status} {created}"):
            api(base, "POST", f"/api/v1/stories/{translation_id}/request-approval", moderator)
            page.goto(f"{base}/ar/my-story", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#code", code)
            page.click("button[type=submit]")
            run_axe(page, "ar/my-story/with-translation")
            approve_translation = page.locator("form[action='/ar/my-story/approve'] input[name=translation] ~ button")
            if report.check("teller sees the translation to approve", approve_translation.count() == 1,
                            page.inner_text("main")[:300]):
                approve_translation.click()
                status, _ = api(base, "POST", f"/api/v1/stories/{translation_id}/publish", moderator)
                report.check("translation published after the teller's approval", status == 200, f"status {status}")
                check_page(report, browser, axe, "ar/stories/translation", f"{base}/ar/stories/{translation_id}", "ar", 200,
                           screenshots)

        page.check("#confirm")
        page.click("form[action='/ar/my-story/withdraw'] button")
        run_axe(page, "ar/my-story/withdrawn")
        status, _ = api(base, "GET", f"/api/v1/stories/{story_id}")
        report.check("withdrawn story is gone (410)", status == 410, f"status {status}")
        if translation_id:
            status, _ = api(base, "GET", f"/api/v1/stories/{translation_id}")
            report.check("its translation is gone with it (410)", status == 410, f"status {status}")
    finally:
        context.close()


def check_message_checker(report: Report, browser, axe, base: str, screenshots: Path | None) -> None:
    """The message checker as a plain form, with findings marked, in English and Arabic."""
    for lang, text in [("en", "A flood of migrants is arriving; these people are illegal immigrants."),
                       ("ar", "وصل المهاجرون غير الشرعيين إلى المدينة.")]:
        check_page(report, browser, axe, f"{lang}/check", f"{base}/{lang}/check", lang, 200, screenshots)
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(f"{base}/{lang}/check", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#text", text)
            # With JavaScript, the draft is checked a moment after typing stops.
            try:
                page.locator("#live-results li").first.wait_for(timeout=5000)
                report.ok(f"{lang}/check checks as you type")
            except Exception as e:  # noqa: BLE001
                report.fail(f"{lang}/check checks as you type", f"no live results: {e}")
            page.click("main button[type=submit]")
            marks = page.locator("mark.finding").count()
            report.check(f"{lang}/check marks findings", marks >= 1, page.inner_text("main")[:300])
            try:
                violations = axe.run(page, options=AXE_OPTIONS).response.get("violations", [])
                report.check(f"{lang}/check with findings axe", not violations, axe_summary(violations))
            except Exception as e:  # noqa: BLE001
                report.fail(f"{lang}/check with findings axe", f"axe did not run: {e}")
            if screenshots is not None:
                page.screenshot(path=str(screenshots / f"{lang}-check-findings.png"), full_page=True)
        finally:
            context.close()


def check_login_without_js(report: Report, browser, base: str, lang: str) -> None:
    name = f"{lang}/login no-js"
    url = f"{base}/{lang}/login"
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        response = page.goto(url, wait_until="load", timeout=NAV_TIMEOUT_MS)
        status = response.status if response else None
        if status != 200:
            report.fail(name, f"GET {url} gave {status}")
            return
        forms = page.locator("form:has(input[type=password])")
        if forms.count() == 0:
            report.fail(name, "no <form> with a password field")
            return
        method = (forms.first.get_attribute("method") or "get").lower()
        report.check(name, method == "post", f"login form method is {method!r}, expected 'post'")
    except Exception as e:  # noqa: BLE001
        report.fail(name, str(e))
    finally:
        context.close()


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
