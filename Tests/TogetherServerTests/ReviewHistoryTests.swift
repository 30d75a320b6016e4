import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// A moderator compares the current words with any earlier version and reads the story's history.
final class ReviewHistoryTests: XCTestCase {
    func testChangesCanBeComparedWithAnyEarlierVersion() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            let created = try await browser.json(
                "/api/v1/stories", method: .post, StoriesAPITests.submission(body: "We bake bread every Sunday."))
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await browser.get("/en/staff/stories/\(id)")
            for body in ["We bake flatbread every Sunday.", "We bake flatbread every Saturday."] {
                _ = try await browser.post(
                    "/en/staff/stories/\(id)/edit", [("title", "The bakery on our street"), ("summary", ""), ("body", body)],
                    csrf: review.csrf)
            }
            let latest = try await browser.get("/en/staff/stories/\(id)")
            XCTAssertTrue(latest.contains("Changes since version 2"))
            XCTAssertTrue(latest.contains("<del>Sunday.</del><ins>Saturday.</ins>"), latest.body)
            XCTAssertTrue(latest.contains(#"<select id="against" name="against""#), "any earlier version can be chosen")

            let fromFirst = try await browser.get("/en/staff/stories/\(id)?against=1")
            XCTAssertTrue(fromFirst.contains("Changes since version 1"))
            XCTAssertTrue(fromFirst.contains("<del>bread </del><ins>flatbread </ins>"))
            XCTAssertTrue(fromFirst.contains("<del>Sunday.</del><ins>Saturday.</ins>"))
            expectTrue(
                try await browser.get("/en/staff/stories/\(id)?against=7").contains("Changes since version 2"),
                "a version that does not exist falls back to the one before")

            XCTAssertTrue(latest.contains("History"))
            XCTAssertTrue(latest.contains("Moderator · Amal"))
            XCTAssertTrue(latest.contains("Edited"))
        }
    }
}
