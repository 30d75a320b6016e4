"""Shared pieces of the browser tests: the report, axe settings and the check every page gets."""
from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
AXE_OPTIONS = {
    "runOnly": {"type": "tag", "values": AXE_TAGS},
    "resultTypes": ["violations"],
}
NAV_TIMEOUT_MS = 30_000


def submit(page, button) -> None:
    """Clicks a button that sends a form and returns once the page it leads to has loaded.

    A bare click returns as soon as the next page starts loading, so a check right after it could read the old page
    or half of the new one: a CI run once found no reservation code on a page that showed it.
    """
    with page.expect_navigation(wait_until="load", timeout=NAV_TIMEOUT_MS):
        if isinstance(button, str):
            page.click(button)  # the first match, as a person sees it, not Locator's strict one
        else:
            button.click()


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
