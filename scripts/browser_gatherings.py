"""The browser tests' gatherings journey: organisers plan a gathering on the staff page (script
off), people reserve a place in English and Arabic without an account or script and cancel with
their private code, the places count follows, and the calendar files are read by a real
iCalendar parser (Python's `icalendar`); axe-core on every page."""
from __future__ import annotations

import re
import urllib.parse
import urllib.request
from pathlib import Path

import icalendar

from browser_common import NAV_TIMEOUT_MS, Report, check_page, submit

TEXT = {
    "en": {"title": "Soup and songs", "venue": "The community garden behind the library", "hosts": ("Greta", "Yusuf")},
    "ar": {"title": "حساء وأغانٍ", "venue": "الحديقة المشتركة خلف المكتبة", "hosts": ("ليلى", "أحمد")},
}


def check_ics(report: Report, url: str, name: str, expected_events: int) -> None:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            body = response.read()
            kind = response.headers.get("Content-Type", "")
        calendar = icalendar.Calendar.from_ical(body)
        events = [component for component in calendar.walk("VEVENT")]
        good = kind.startswith("text/calendar") and len(events) >= expected_events and all(
            event.get("DTSTART") and event.get("DTEND") and event.get("UID") and event.get("SUMMARY") for event in events)
        report.check(f"{name} is valid iCalendar", good, f"{kind}; {len(events)} events")
    except Exception as e:  # noqa: BLE001
        report.fail(f"{name} is valid iCalendar", f"{url}: {e}")


def check_gatherings(report: Report, browser, axe, base: str, staff_state, screenshots: Path | None) -> None:
    for index, lang in enumerate(("en", "ar")):
        text = TEXT[lang]
        check_page(report, browser, axe, f"{lang}/staff/gatherings", f"{base}/{lang}/staff/gatherings", lang, 200, screenshots,
                   storage_state=staff_state)
        context = browser.new_context(storage_state=staff_state, java_script_enabled=False)
        context.set_default_timeout(10_000)
        try:
            page = context.new_page()
            page.goto(f"{base}/{lang}/staff/gatherings", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#title", text["title"])
            page.select_option("#category", "food")
            page.fill("#venue", text["venue"])
            page.fill("#start", f"2031-06-0{5 + index}T18:00")
            page.fill("#end", f"2031-06-0{5 + index}T21:00")
            page.fill("#time_zone", "Asia/Amman" if lang == "ar" else "Europe/Berlin")
            page.fill("#capacity", "2")
            page.fill("#host1_name", text["hosts"][0])
            page.fill("#host2_name", text["hosts"][1])
            page.select_option("#host2_community", "newcomer")
            submit(page, "main form button[type=submit]")
            manage_path = urllib.parse.urlsplit(page.url).path
            if not report.check(f"{lang} organisers plan a gathering", re.search(r"/staff/gatherings/[0-9a-f-]{36}$", manage_path) is not None,
                                f"ended at {page.url}: {page.inner_text('main')[:300]}"):
                continue
        finally:
            context.close()
        check_page(report, browser, axe, f"{lang}/staff/gathering", base + manage_path, lang, 200, screenshots, storage_state=staff_state)
        gathering_path = manage_path.replace("/staff/gatherings/", "/gatherings/")
        check_page(report, browser, axe, f"{lang}/gathering", base + gathering_path, lang, 200, screenshots)

        # Two people reserve (without script or account); the third finds it full; one cancels.
        codes = []
        for person in range(3):
            context = browser.new_context(java_script_enabled=False)
            context.set_default_timeout(10_000)
            try:
                page = context.new_page()
                page.goto(base + gathering_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                if person < 2:
                    page.fill("#rsvp-name", "Lea" if person == 0 else "")
                    submit(page, "main form button[type=submit]")
                    code = page.locator(".receipt-code")
                    if report.check(f"{lang} person {person + 1} reserves and gets a private code", code.count() == 1, page.inner_text("main")[:300]):
                        codes.append(code.inner_text().strip())
                else:
                    full = page.locator("#rsvp-name").count() == 0
                    report.check(f"{lang} a full gathering takes no more reservations", full, page.inner_text("main")[:300])
            finally:
                context.close()
        if codes:
            context = browser.new_context(java_script_enabled=False)
            try:
                page = context.new_page()
                page.goto(f"{base}/{lang}/gatherings/cancel", wait_until="load", timeout=NAV_TIMEOUT_MS)
                page.fill("#cancel-code", codes[0])
                submit(page, "main form button[type=submit]")
                report.check(f"{lang} the private code cancels a reservation", page.locator("main [role=status]").count() == 1,
                             page.inner_text("main")[:300])
                page.goto(base + gathering_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                report.check(f"{lang} the cancelled place is free again", page.locator("#rsvp-name").count() == 1, page.inner_text("main")[:300])
            finally:
                context.close()
        check_page(report, browser, axe, f"{lang}/gatherings/cancel", f"{base}/{lang}/gatherings/cancel", lang, 200, screenshots)
        check_ics(report, base + "/calendar" + gathering_path.split("/" + lang, 1)[1], f"{lang} the gathering's calendar file", 1)
    check_page(report, browser, axe, "en/gatherings", f"{base}/en/gatherings", "en", 200, screenshots)
    check_page(report, browser, axe, "ar/gatherings", f"{base}/ar/gatherings", "ar", 200, screenshots)
    check_ics(report, base + "/calendar/gatherings.ics", "the calendar of all gatherings", 2)
