"""The browser tests' pledge journey: staff write a pledge and open it (script off); people sign it
in English and Arabic without an account or script, once per browser; the counter follows, and
partners' embedded counter shows it; axe-core on every pledge page."""
from __future__ import annotations

import re
import urllib.parse
from pathlib import Path

from browser_common import AXE_OPTIONS, NAV_TIMEOUT_MS, Report, axe_summary, check_page, submit

TEXT = {
    "en": ("Stand up today", "I will speak up when a neighbour is treated unfairly because of where they come from."),
    "ar": ("لنقف معًا اليوم", "سأرفع صوتي حين يُعامَل جار بظلم بسبب البلد الذي جاء منه."),
}


def check_pledges(report: Report, browser, axe, base: str, staff_state, screenshots: Path | None) -> None:
    for lang in ("en", "ar"):
        title, words = TEXT[lang]
        check_page(report, browser, axe, f"{lang}/staff/pledges", f"{base}/{lang}/staff/pledges", lang, 200, screenshots,
                   storage_state=staff_state)
        context = browser.new_context(storage_state=staff_state, java_script_enabled=False)
        context.set_default_timeout(10_000)
        try:
            page = context.new_page()
            page.goto(f"{base}/{lang}/staff/pledges", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#title", title)
            page.fill("#text", words)
            page.select_option("#language", lang)
            page.fill("#milestones", "2, 10")
            submit(page, "main form button[type=submit]")
            manage_path = urllib.parse.urlsplit(page.url).path
            if not report.check(f"{lang} staff write a pledge", re.search(r"/staff/pledges/[0-9a-f-]{36}$", manage_path) is not None,
                                f"ended at {page.url}: {page.inner_text('main')[:300]}"):
                continue
            submit(page, "button[value=open]")
            report.check(f"{lang} the checker lets the pledge open", "done=saved" in page.url, page.inner_text("main")[:300])
        finally:
            context.close()
        check_page(report, browser, axe, f"{lang}/staff/pledge", base + manage_path, lang, 200, screenshots, storage_state=staff_state)
        pledge_path = manage_path.replace("/staff/pledges/", "/pledges/")
        for person in range(2):
            context = browser.new_context(java_script_enabled=False)
            context.set_default_timeout(10_000)
            try:
                page = context.new_page()
                page.goto(base + pledge_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                if person == 0:
                    page.fill("#first-name", "Mira" if lang == "en" else "ميرا")
                submit(page, "main form button[type=submit]")
                thanked = page.locator("main [role=status]").count() >= 1
                report.check(f"{lang} person {person + 1} signs without an account", thanked, page.inner_text("main")[:300])
                page.goto(base + pledge_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                report.check(f"{lang} person {person + 1} cannot sign twice", page.locator("#first-name").count() == 0,
                             page.inner_text("main")[:300])
            finally:
                context.close()
        check_page(report, browser, axe, f"{lang}/pledge", base + pledge_path, lang, 200, screenshots)
        pledge_id = pledge_path.rsplit("/", 1)[1]
        # The embedded counter is a fragment for partners' pages (no site navigation, so no skip link): axe only.
        context = browser.new_context()
        try:
            page = context.new_page()
            page.goto(f"{base}/embed/pledges/{pledge_id}?lang={lang}", wait_until="load", timeout=NAV_TIMEOUT_MS)
            report.check(f"{lang} the embedded counter counts both signatures", "2" in page.inner_text("main"), page.inner_text("main")[:200])
            violations = axe.run(page, options=AXE_OPTIONS).response.get("violations", [])
            report.check(f"{lang}/embed/pledge axe", not violations, axe_summary(violations))
        finally:
            context.close()
    # The voices dashboard (aggregates of published stories) in both directions.
    check_page(report, browser, axe, "en/staff/voices", f"{base}/en/staff/voices", "en", 200, screenshots, storage_state=staff_state)
    check_page(report, browser, axe, "ar/staff/voices", f"{base}/ar/staff/voices", "ar", 200, screenshots, storage_state=staff_state)
    check_page(report, browser, axe, "en/pledges", f"{base}/en/pledges", "en", 200, screenshots)
    check_page(report, browser, axe, "ar/pledges", f"{base}/ar/pledges", "ar", 200, screenshots)
