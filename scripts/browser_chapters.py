"""The browser tests' chapter journey: an administrator sets up a chapter (script off) in the staff
pages, English and Arabic; the chapter's own pages then wear its name and colours, keep their links
in its space and pass axe-core in English and Arabic (right to left)."""
from __future__ import annotations

import re
from pathlib import Path

from browser_common import NAV_TIMEOUT_MS, Report, check_page, submit


def check_chapters(report: Report, browser, axe, base: str, staff_state, screenshots: Path | None) -> None:
    for lang in ("en", "ar"):
        check_page(report, browser, axe, f"{lang}/staff/chapters", f"{base}/{lang}/staff/chapters", lang, 200, screenshots,
                   storage_state=staff_state)
    context = browser.new_context(storage_state=staff_state, java_script_enabled=False)
    context.set_default_timeout(10_000)
    manage_path = None
    try:
        page = context.new_page()
        page.goto(f"{base}/en/staff/chapters", wait_until="load", timeout=NAV_TIMEOUT_MS)
        page.fill("#chapter-name", "Riverside neighbours")
        page.fill("#chapter-slug", "riverside")
        page.fill("#chapter-colour", "#7a2e8c")
        page.fill("#chapter-accent", "#1f4e8c")
        for code in ("en", "ar", "fr"):
            page.check(f"#chapter-languages-{code}")
        submit(page, "main form button[type=submit]")
        path = page.url.split("?", 1)[0]
        if report.check("en staff set up a chapter", re.search(r"/staff/chapters/[0-9a-f-]{36}$", path) is not None,
                        f"ended at {page.url}: {page.inner_text('main')[:300]}"):
            manage_path = path[len(base):]
    finally:
        context.close()
    if manage_path:
        check_page(report, browser, axe, "ar/staff/chapter", base + manage_path.replace("/en/", "/ar/", 1), "ar", 200, screenshots,
                   storage_state=staff_state)
    for lang in ("en", "ar"):
        check_page(report, browser, axe, f"{lang}/chapter home", f"{base}/c/riverside/{lang}/", lang, 200, screenshots)
        check_page(report, browser, axe, f"{lang}/chapter stories", f"{base}/c/riverside/{lang}/stories", lang, 200, screenshots)
        context = browser.new_context(java_script_enabled=False)
        try:
            page = context.new_page()
            page.goto(f"{base}/c/riverside/{lang}/", wait_until="load", timeout=NAV_TIMEOUT_MS)
            brand = page.inner_text(".brand")
            report.check(f"{lang} the chapter's pages wear its name", "Riverside neighbours" in brand, brand)
            hrefs = page.eval_on_selector_all(".site-nav a", "links => links.map(a => a.getAttribute('href'))")
            report.check(f"{lang} the chapter's links stay in its space", all(h.startswith("/c/riverside/") for h in hrefs), str(hrefs))
            colour = page.eval_on_selector("body", "b => getComputedStyle(document.documentElement).getPropertyValue('--primary')")
            report.check(f"{lang} the chapter's colour is used", colour.strip().lower() == "#7a2e8c", colour)
        finally:
            context.close()
