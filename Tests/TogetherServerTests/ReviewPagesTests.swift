import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Moderators' screens: queue, edits with a visible diff, the teller's approval, contact shown only on request.
final class ReviewPagesTests: XCTestCase {
    func testAModeratorEditsSendsForApprovalAndPublishes() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            let created = try await browser.json(
                "/api/v1/stories", method: .post, StoriesAPITests.submission(body: "We bake bread every Sunday."))
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            let teller: HTTPFields = [.authorization: "Receipt \(created.object["receipt"]!)"]

            let moderator = TestBrowser(client: browser.client)
            try await moderator.signIn("amal@example.org", Fixtures.staffPassword)
            let queue = try await moderator.get("/en/staff/stories")
            XCTAssertTrue(queue.contains("The bakery on our street"))
            XCTAssertTrue(queue.contains("1 story waiting"))

            let review = try await moderator.get("/en/staff/stories/\(id)")
            XCTAssertEqual(review.status, .ok)
            XCTAssertFalse(review.contains("+49 170"), "contact details are hidden until asked for")
            let edited = try await moderator.post(
                "/en/staff/stories/\(id)/edit",
                [("title", "The bakery on our street"), ("summary", ""), ("body", "We bake flatbread every Sunday.")],
                csrf: review.csrf)
            XCTAssertEqual(edited.status, .seeOther)
            let afterEdit = try await moderator.get("/en/staff/stories/\(id)")
            XCTAssertTrue(afterEdit.contains("<del>bread </del><ins>flatbread </ins>"), "every change is visible")
            XCTAssertTrue(afterEdit.contains("version 2"))

            let early = try await moderator.post("/en/staff/stories/\(id)/action", [("action", "publish")], csrf: review.csrf)
            XCTAssertEqual(early.status, .conflict)
            XCTAssertTrue(early.contains("the teller has not approved it"))
            expectEqual(
                try await moderator.post("/en/staff/stories/\(id)/action", [("action", "request-approval")], csrf: review.csrf).status,
                .seeOther)
            expectEqual(try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 2], headers: teller).status, .ok)
            expectEqual(
                try await moderator.post("/en/staff/stories/\(id)/action", [("action", "publish")], csrf: review.csrf).status, .seeOther)
            expectEqual(try await browser.json("/api/v1/stories/\(id)").object["body"] as? String, "We bake flatbread every Sunday.")

            let shown = try await moderator.post("/en/staff/stories/\(id)/contact", [], csrf: review.csrf)
            XCTAssertTrue(shown.contains("+49 170 0000000"))
            let audit = try await AuditEvent.query(on: services.store.database).filter(\.$action == "show-contact").all()
            XCTAssertEqual(audit.map(\.actorRole), ["moderator"])
        }
    }

    func testRejectingNeedsAReasonTheTellerSees() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(email: "amal@example.org", name: "Amal", role: .admin, password: Fixtures.staffPassword)
            let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission())
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await browser.get("/en/staff/stories/\(id)")
            expectEqual(
                try await browser.post("/en/staff/stories/\(id)/action", [("action", "reject"), ("reason", " ")], csrf: review.csrf).status,
                .unprocessableContent)
            _ = try await browser.post(
                "/en/staff/stories/\(id)/action", [("action", "reject"), ("reason", "It names a street.")], csrf: review.csrf)
            let mine = try await browser.json("/api/v1/my-story", headers: [.authorization: "Receipt \(created.object["receipt"]!)"])
            XCTAssertEqual(mine.object["rejectionReason"] as? String, "It names a street.")
        }
    }

    func testOnlyModeratorsAndAdministratorsReview() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("omar@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/stories").status, .forbidden)
            expectFalse(try await browser.get("/en/staff").contains("Stories to review"))
        }
    }

    func testTheQueueFiltersByStatusAndLanguage() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            var french = StoriesAPITests.submission(title: "Le jardin")
            french["language"] = "fr"
            _ = try await browser.json("/api/v1/stories", method: .post, french)
            _ = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "The bakery"))
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            let all = try await browser.get("/en/staff/stories")
            XCTAssertTrue(all.contains("Le jardin") && all.contains("The bakery"))
            let onlyFrench = try await browser.get("/en/staff/stories?language=fr")
            XCTAssertTrue(onlyFrench.contains("Le jardin"))
            XCTAssertFalse(onlyFrench.contains("The bakery"))
            expectFalse(try await browser.get("/en/staff/stories?status=published").contains("Le jardin"))
            expectTrue(
                try await browser.get("/en/staff/stories?status=nonsense&language=zz").contains("The bakery"), "unknown filters are ignored"
            )
        }
    }
}
