"""The browser tests' journeys: staff screens, the Arabic story journey, the message checker, sign-in without script."""
from __future__ import annotations

import json
import re
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from browser_common import AXE_OPTIONS, NAV_TIMEOUT_MS, Report, axe_summary, check_page, submit


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
        submit(page, "button[type=submit]")
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
        submit(page, "button[type=submit]")
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
        submit(page, "button[type=submit]")
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
        submit(page, "button[type=submit]")
        run_axe(page, "ar/my-story/open")
        approve = page.locator("form[action='/ar/my-story/approve'] button")
        if not report.check("teller sees the approve button", approve.count() == 1, page.inner_text("main")[:300]):
            return
        submit(page, approve)
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
            submit(page, "button[type=submit]")
            run_axe(page, "ar/my-story/with-translation")
            approve_translation = page.locator("form[action='/ar/my-story/approve'] input[name=translation] ~ button")
            if report.check("teller sees the translation to approve", approve_translation.count() == 1,
                            page.inner_text("main")[:300]):
                submit(page, approve_translation)
                status, _ = api(base, "POST", f"/api/v1/stories/{translation_id}/publish", moderator)
                report.check("translation published after the teller's approval", status == 200, f"status {status}")
                check_page(report, browser, axe, "ar/stories/translation", f"{base}/ar/stories/{translation_id}", "ar", 200,
                           screenshots)

        page.check("#confirm")
        submit(page, "form[action='/ar/my-story/withdraw'] button")
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
            submit(page, "main button[type=submit]")
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
