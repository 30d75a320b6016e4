import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// A facilitator sends a story for someone and records how and when that person consented.
final class FacilitatedSubmissionTests: XCTestCase {
    func testAFacilitatorSubmitsOnTheWebAndTheRecordNamesThem() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar Haddad", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("omar@example.org", Fixtures.staffPassword)
            let dashboard = try await browser.get("/en/staff")
            XCTAssertTrue(dashboard.contains(#"href="/en/staff/submit-story""#), "the dashboard leads to the form")
            XCTAssertFalse(dashboard.contains("/en/staff/stories\""), "a facilitator is not offered the review queue")

            let form = try await browser.get("/en/staff/submit-story")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.contains("How did they give their consent?"))
            let today = StoryForm.day(Date())
            XCTAssertTrue(form.contains(#"value="\#(today)""#), "today is filled in")

            let missing = try await browser.post("/en/staff/submit-story", StoryPagesTests.answers, csrf: form.csrf)
            XCTAssertEqual(missing.status, .unprocessableContent)
            XCTAssertTrue(missing.contains(#"<p class="field-error" id="consentMethod-error">Please fill this in.</p>"#))
            let future = try await browser.post(
                "/en/staff/submit-story", StoryPagesTests.answers + [("consentMethod", "spoken"), ("consentGivenAt", "2999-01-01")],
                csrf: form.csrf)
            XCTAssertTrue(future.contains("The day consent was given cannot be in the future."))
            expectEqual(try await StoryRecord.query(on: services.store.database).count(), 0, "nothing half-saved")

            let receipt = try await browser.post(
                "/en/staff/submit-story", StoryPagesTests.answers + [("consentMethod", "spoken"), ("consentGivenAt", today)],
                csrf: form.csrf)
            XCTAssertEqual(receipt.status, .ok)
            XCTAssertTrue(receipt.contains("Give this code to the person whose story it is"))
            XCTAssertEqual(receipt.headers[.cacheControl], "no-store")

            let first = try await StoryRecord.query(on: services.store.database).first()
            let record = try XCTUnwrap(first)
            XCTAssertEqual(record.consentMethod, "spoken")
            XCTAssertEqual(record.facilitatorName, "Omar Haddad")
            XCTAssertNotNil(record.submittedBy)
            XCTAssertEqual(record.consentRecordedAt.map(StoryForm.day), today)
            let audit = try await AuditEvent.query(on: services.store.database).filter(\.$action == "submit").all()
            XCTAssertEqual(audit.map(\.actorRole), ["facilitator"])
            XCTAssertEqual(audit.first?.actorID, record.submittedBy)

            // Moderators see the record on the review page.
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            let moderator = TestBrowser(client: browser.client)
            try await moderator.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await moderator.get("/en/staff/stories/\(try record.requireID().uuidString.lowercased())")
            XCTAssertTrue(review.contains("Submitted by Omar Haddad on the teller&#39;s behalf. Consent given: Spoken"), review.body)
        }
    }

    func testTellersAndResearchersCannotUseTheFacilitatorsForm() async throws {
        try await withTestApp { browser, services in
            expectEqual(try await browser.get("/en/staff/submit-story").status, .seeOther)
            try await services.accounts.createUser(
                email: "rita@example.org", name: "Rita", role: .researcher, password: Fixtures.staffPassword)
            try await browser.signIn("rita@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/submit-story").status, .forbidden)
        }
    }

    func testTheAPIAcceptsOnBehalfOnlyWithAStaffToken() async throws {
        try await withTestApp { browser, services in
            let onBehalf: [String: Any] = ["consentMethod": "written", "consentGivenAt": "2026-01-05T10:00:00Z"]
            let json = StoriesAPITests.submission(extra: ["onBehalf": onBehalf])
            let anonymous = try await browser.json("/api/v1/stories", method: .post, json)
            XCTAssertEqual(anonymous.status, .forbidden)
            let researcher = try await services.accounts.createAPIToken(name: "survey-desk", role: .researcher)
            expectEqual(
                try await browser.json("/api/v1/stories", method: .post, json, headers: [.authorization: "Bearer \(researcher)"]).status,
                .forbidden)

            let facilitator = try await services.accounts.createAPIToken(name: "Leipzig-intake-desk", role: .facilitator)
            let headers: HTTPFields = [.authorization: "Bearer \(facilitator)"]
            let bad = try await browser.json(
                "/api/v1/stories", method: .post, StoriesAPITests.submission(extra: ["onBehalf": ["consentMethod": "telepathy"]]),
                headers: headers)
            XCTAssertEqual(bad.status, .unprocessableContent)
            let fields = ((bad.object["error"] as? [String: Any])?["fields"] as? [[String: Any]] ?? []).compactMap {
                $0["field"] as? String
            }
            XCTAssertEqual(Set(fields), ["onBehalf.consentMethod", "onBehalf.consentGivenAt"])

            let created = try await browser.json("/api/v1/stories", method: .post, json, headers: headers)
            XCTAssertEqual(created.status, .created, created.body)
            let first = try await StoryRecord.query(on: services.store.database).first()
            let record = try XCTUnwrap(first)
            XCTAssertEqual(record.consentMethod, "written")
            XCTAssertEqual(record.facilitatorName, "Leipzig-intake-desk")
            XCTAssertNotNil(record.facilitatorTokenID)
            XCTAssertEqual(record.consentRecordedAt, try Date("2026-01-05T10:00:00Z", strategy: .iso8601))
            // The teller still gets their own code and opens their story with it.
            let mine = try await browser.json("/api/v1/my-story", headers: [.authorization: "Receipt \(created.object["receipt"]!)"])
            XCTAssertEqual(mine.status, .ok)

            // A bare day counts from its start, so consent recorded today is not "in the future".
            let today = StoriesAPITests.submission(
                title: "Another story", extra: ["onBehalf": ["consentMethod": "spoken", "consentGivenAt": StoryForm.day(Date())]])
            expectEqual(try await browser.json("/api/v1/stories", method: .post, today, headers: headers).status, .created)
        }
    }
}
