"""The browser tests' common-ground journey: a facilitator starts a conversation on the staff page,
participants answer it with script switched off, in English and Arabic, and the results show
what they have in common; axe-core on every page."""
from __future__ import annotations

import urllib.parse
from pathlib import Path

from browser_common import NAV_TIMEOUT_MS, Report, check_page, submit

SEED = {
    "en": ["Neighbours who know each other's names make a better street.",
           "The library should stay open later on Fridays.",
           "Newcomers and long-time residents should cook together once a month."],
    "ar": ["الجيران الذين يعرفون أسماء بعضهم يصنعون حيًّا أفضل.",
           "يجب أن تبقى المكتبة مفتوحة لوقت أطول يوم الجمعة.",
           "ينبغي أن يطبخ القادمون الجدد والسكان القدامى معًا مرة كل شهر."],
}


def check_conversations(report: Report, browser, axe, base: str, staff_state, screenshots: Path | None) -> None:
    for lang in ("en", "ar"):
        # A facilitator (here the administrator) starts the conversation on the staff page.
        # axe-core runs inside the page, so pages are checked in contexts with script; the journeys
        # themselves run without it.
        check_page(report, browser, axe, f"{lang}/staff/conversations", f"{base}/{lang}/staff/conversations", lang, 200, screenshots,
                   storage_state=staff_state)
        context = browser.new_context(storage_state=staff_state, java_script_enabled=False)
        context.set_default_timeout(10_000)
        try:
            page = context.new_page()
            page.goto(f"{base}/{lang}/staff/conversations", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#title", "What would make our street feel like home?" if lang == "en" else "ما الذي يجعل حيّنا بيتًا للجميع؟")
            page.select_option("#language", lang)
            page.check("#moderation-permissive")
            page.fill("#seed", "\n".join(SEED[lang]))
            submit(page, "main form button[type=submit]")
            manage_path = urllib.parse.urlsplit(page.url).path
            started = "/staff/conversations/" in manage_path
            if not report.check(f"{lang} facilitator starts a conversation", started, f"ended at {page.url}"):
                continue
            conversation_path = manage_path.replace("/staff/conversations/", "/conversations/")
        finally:
            context.close()
        check_page(report, browser, axe, f"{lang}/staff/conversation", base + manage_path, lang, 200, screenshots, storage_state=staff_state)
        check_page(report, browser, axe, f"{lang}/conversation", base + conversation_path, lang, 200, screenshots)

        # Participants answer without script and without an account.
        for person in range(3):
            context = browser.new_context(java_script_enabled=False)
            context.set_default_timeout(10_000)
            try:
                page = context.new_page()
                page.goto(base + conversation_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                answered = 0
                # Bounded: the seeds, and the statement the first participant proposes.
                for _ in range(len(SEED[lang]) + 3):
                    if page.locator("p.statement").count() == 0:
                        break
                    # Everyone agrees with the first statement; the rest divide them.
                    statement = page.inner_text("p.statement")
                    choice = "agree" if statement == SEED[lang][0] or person == 0 else ("disagree" if person == 1 else "pass")
                    submit(page, f"button[value={choice}]")
                    answered += 1
                done = page.locator("main p.card").count() == 1
                report.check(f"{lang} participant {person + 1} answers every statement without script", done, page.inner_text("main")[:300])
                if person == 0:
                    page.fill("#proposal", "We should plant trees together." if lang == "en" else "لنزرع الأشجار معًا.")
                    submit(page, "form[action$='/propose'] button[type=submit]")
                    report.check(f"{lang} a participant proposes a statement", "done=added" in page.url, page.url)
            finally:
                context.close()

        # The results: what we have in common first, the groups, the map.
        check_page(report, browser, axe, f"{lang}/conversation results", base + conversation_path + "/results", lang, 200, screenshots)
    check_page(report, browser, axe, "en/conversations", f"{base}/en/conversations", "en", 200, screenshots)
    check_page(report, browser, axe, "ar/conversations", f"{base}/ar/conversations", "ar", 200, screenshots)
