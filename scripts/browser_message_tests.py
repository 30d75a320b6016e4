"""The browser tests' message-test journey: staff build a test on the staff page and open it;
respondents take part in English and Arabic — with script switched off, and with script on so
that axe-core checks every step (consent, questions, message, more questions, the action,
thanks); the results page with its forest plots is checked too."""
from __future__ import annotations

import urllib.parse
from pathlib import Path

from browser_common import AXE_OPTIONS, NAV_TIMEOUT_MS, Report, axe_summary, check_page, submit

TEXT = {
    "en": {"title": "Neighbours or shared values?", "country": "Ireland",
           "message": "Amal runs the bakery on Station Road. She came here in 2016 and now trains two apprentices.",
           "segments": "Where do you live? | A city | A town | The countryside",
           "likert": "People who move here make our town a better place.",
           "pledge": "I will welcome a new neighbour this month."},
    "ar": {"title": "الجيران أم القيم المشتركة؟", "country": "الأردن",
           "message": "أمل تدير المخبز في شارع المحطة، وتدرّب اليوم متدرّبَين من البلدة.",
           "segments": "أين تعيش؟ | مدينة | بلدة | ريف",
           "likert": "الناس الذين ينتقلون إلى هنا يجعلون بلدتنا مكانًا أفضل.",
           "pledge": "سأرحّب بجار جديد هذا الشهر."},
}


def axe_step(report: Report, axe, page, name: str) -> None:
    try:
        violations = axe.run(page, options=AXE_OPTIONS).response.get("violations", [])
        report.check(f"{name} axe", not violations, axe_summary(violations))
    except Exception as e:  # noqa: BLE001
        report.fail(f"{name} axe", f"axe did not run: {e}")


def answer_survey(report: Report, page, name: str, choice_index: int, axe=None) -> bool:
    """Goes through every step a respondent meets, bounded by the number of steps there are."""
    step_names = []
    for _ in range(6):
        step = page.locator("input[name=step]")
        if step.count() == 0:
            break
        value = step.first.get_attribute("value")
        step_names.append(value)
        if axe is not None:
            axe_step(report, axe, page, f"{name} step {value}")
        if value in ("before", "after"):
            for fieldset in page.locator("main fieldset").all():
                fieldset.locator("input[type=radio]").nth(choice_index).check()
            submit(page, "main form button[type=submit]")
        elif value == "action":
            submit(page, "button[value=yes]" if choice_index % 2 == 0 else "button[value=no]")
        else:
            submit(page, "main form button[type=submit]")
    done = page.locator("main section[role=status]").count() == 1
    if axe is not None and done:
        axe_step(report, axe, page, f"{name} thanks")
    return report.check(f"{name} reaches the thanks", done, f"steps {step_names}; {page.inner_text('main')[:200]}")


def check_message_tests(report: Report, browser, axe, base: str, staff_state, screenshots: Path | None) -> None:
    for lang in ("en", "ar"):
        text = TEXT[lang]
        check_page(report, browser, axe, f"{lang}/staff/message-tests", f"{base}/{lang}/staff/message-tests", lang, 200, screenshots,
                   storage_state=staff_state)
        context = browser.new_context(storage_state=staff_state, java_script_enabled=False)
        context.set_default_timeout(10_000)
        try:
            page = context.new_page()
            page.goto(f"{base}/{lang}/staff/message-tests", wait_until="load", timeout=NAV_TIMEOUT_MS)
            page.fill("#title", text["title"])
            page.select_option("#language", lang)
            page.fill("#country", text["country"])
            page.fill("#message1_label", "A")
            page.fill("#message1_text", text["message"])
            page.fill("#segments", text["segments"])
            page.fill("#likert", text["likert"])
            page.check("#behaviour-pledge")
            page.fill("#behaviour_text", text["pledge"])
            submit(page, "main form button[type=submit]")
            manage_path = urllib.parse.urlsplit(page.url).path
            if not report.check(f"{lang} staff create a message test", "/staff/message-tests/" in manage_path and not manage_path.endswith("/new"),
                                f"ended at {page.url}: {page.inner_text('main')[:300]}"):
                continue
            submit(page, "button[value=open]")
            report.check(f"{lang} staff open the test", "done=saved" in page.url, page.url)
            test_path = page.get_attribute("main a[href*='/tests/']", "href")
        finally:
            context.close()
        check_page(report, browser, axe, f"{lang}/staff/message-test", base + manage_path, lang, 200, screenshots, storage_state=staff_state)

        # Respondents: no account; one with script on (axe at every step), three without.
        for person in range(4):
            context = browser.new_context(java_script_enabled=person == 0)
            context.set_default_timeout(10_000)
            try:
                page = context.new_page()
                page.goto(base + test_path, wait_until="load", timeout=NAV_TIMEOUT_MS)
                answer_survey(report, page, f"{lang} respondent {person + 1}", person, axe if person == 0 else None)
            finally:
                context.close()
        check_page(report, browser, axe, f"{lang}/message-test consent", base + test_path, lang, 200, screenshots)
        check_page(report, browser, axe, f"{lang}/message-test results", base + manage_path + "/results", lang, 200, screenshots,
                   storage_state=staff_state)
