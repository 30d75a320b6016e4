import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Personal details on the review screen: suggested, redacted or kept one by one, publication held
/// until each likely one has a choice, an override written to the audit log.
final class RedactionReviewTests: XCTestCase {
    static let body = "My name is Amal Haddad. Call me on +49 151 23456789 if you want bread for a wedding."

    func testAModeratorRedactsOneDetailKeepsAnotherAndTheTellerApprovesTheRedactedVersion() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(body: Self.body))
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            let teller: HTTPFields = [.authorization: "Receipt \(created.object["receipt"]!)"]
            let moderator = TestBrowser(client: browser.client)
            try await moderator.signIn("amal@example.org", Fixtures.staffPassword)

            let review = try await moderator.get("/en/staff/stories/\(id)")
            XCTAssertTrue(review.contains("Personal details found"))
            XCTAssertTrue(review.contains("<q>Amal Haddad</q>"))
            XCTAssertTrue(review.contains("<q>+49 151 23456789</q>"))
            XCTAssertTrue(
                review.contains(
                    #"<p>My name is <mark title="Name">Amal Haddad</mark>. Call me on <mark title="Phone number">+49 151 23456789</mark> if"#
                ),
                "the details are marked where they sit in the story")
            let names = review.body.matches(of: /name="(d\.[0-9a-f]{64})"/).map { String($0.output.1) }
            XCTAssertEqual(
                Set(names).count, 2, "one choice per detail: \(review.body.matches(of: /<q>[^<]*<\/q>/).map { String($0.output) })")

            // The teller approved the words as sent; the phone number still holds publication.
            _ = try await moderator.post("/en/staff/stories/\(id)/action", [("action", "request-approval")], csrf: review.csrf)
            expectEqual(try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 1], headers: teller).status, .ok)
            let held = try await moderator.post("/en/staff/stories/\(id)/action", [("action", "publish")], csrf: review.csrf)
            XCTAssertEqual(held.status, .conflict)
            XCTAssertTrue(held.contains("Some likely personal details have no choice yet"))

            // Keep the name (the teller wants it), replace the phone number.
            let page = try await moderator.get("/en/staff/stories/\(id)")
            let nameKey = try XCTUnwrap(Self.key(for: "Amal Haddad", in: page.body))
            let phoneKey = try XCTUnwrap(Self.key(for: "+49 151 23456789", in: page.body))
            let decided = try await moderator.post(
                "/en/staff/stories/\(id)/redactions", [(nameKey, "keep"), (phoneKey, "redact")], csrf: review.csrf)
            XCTAssertEqual(decided.status, .seeOther)

            let mine = try await browser.json("/api/v1/my-story", headers: teller)
            XCTAssertEqual(mine.object["version"] as? Int, 2, "the redacted words are a new version")
            let after = try await moderator.get("/en/staff/stories/\(id)")
            XCTAssertTrue(after.contains("[PHONE]"), "the new version shows the label")
            XCTAssertFalse(after.contains("<q>+49 151 23456789</q>"), "the number is no longer among the suggestions")
            XCTAssertTrue(after.contains("kept"), "the name shows as kept")

            // Version 2 needs the teller's approval like any edit; then nothing holds publication.
            expectEqual(
                try await moderator.post("/en/staff/stories/\(id)/action", [("action", "publish")], csrf: review.csrf).status, .conflict)
            _ = try await moderator.post("/en/staff/stories/\(id)/action", [("action", "request-approval")], csrf: review.csrf)
            expectEqual(try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 2], headers: teller).status, .ok)
            expectEqual(
                try await moderator.post("/en/staff/stories/\(id)/action", [("action", "publish")], csrf: review.csrf).status, .seeOther)
            let published = try await browser.json("/api/v1/stories/\(id)")
            XCTAssertEqual(
                published.object["body"] as? String, "My name is Amal Haddad. Call me on [PHONE] if you want bread for a wedding.")

            let decisions = try await RedactionDecisionRecord.query(on: services.store.database).all()
            XCTAssertEqual(decisions.map(\.kind), ["name"])
            XCTAssertFalse(decisions[0].fingerprint.contains("Amal"), "the decision holds a fingerprint, not the words")
            let actions = try await AuditEvent.query(on: services.store.database).all().map(\.action)
            XCTAssertTrue(actions.contains("redact") && actions.contains("keep-details"))

            // Withdrawal erases the decisions with the story.
            _ = try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: teller)
            expectEqual(try await RedactionDecisionRecord.query(on: services.store.database).count(), 0)
        }
    }

    func testAnOverridePublishesAndIsRecordedOnTheWebAndTheAPI() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.createAPIToken(name: "desk", role: .moderator)
            let moderator: HTTPFields = [.authorization: "Bearer \(token)"]
            for useAPI in [true, false] {
                let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(body: Self.body))
                let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
                _ = try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: moderator)
                _ = try await browser.json(
                    "/api/v1/my-story/approve", method: .post, ["version": 1],
                    headers: [.authorization: "Receipt \(created.object["receipt"]!)"])
                let refused = try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: moderator)
                XCTAssertEqual(refused.status, .conflict)
                XCTAssertTrue(((refused.object["error"] as? [String: Any])?["message"] as? String ?? "").contains("personal detail"))
                if useAPI {
                    let forced = try await browser.json(
                        "/api/v1/stories/\(id)/publish", method: .post, ["overrideRedactions": true], headers: moderator)
                    XCTAssertEqual(forced.status, .ok, forced.body)
                } else {
                    try await services.accounts.createUser(
                        email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
                    try await browser.signIn("amal@example.org", Fixtures.staffPassword)
                    let review = try await browser.get("/en/staff/stories/\(id)")
                    XCTAssertTrue(review.contains("Publish anyway"))
                    expectEqual(
                        try await browser.post("/en/staff/stories/\(id)/action", [("action", "publish-override")], csrf: review.csrf)
                            .status,
                        .seeOther)
                }
                expectEqual(try await browser.json("/api/v1/stories/\(id)").status, .ok)
            }
            let overrides = try await AuditEvent.query(on: services.store.database).filter(\.$action == "publish-override-redactions")
                .count()
            XCTAssertEqual(overrides, 2)
        }
    }

    /// The radio group's name for the detail shown as `text` on the review page.
    static func key(for text: String, in html: String) -> String? {
        guard let range = html.range(of: "<q>\(text)</q>") else { return nil }
        return html[range.upperBound...].firstMatch(of: /name="(d\.[0-9a-f]{64})"/).map { String($0.output.1) }
    }
}
