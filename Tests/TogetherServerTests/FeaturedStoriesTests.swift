import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Moderators choose stories for the front page; the newest fill the places left.
final class FeaturedStoriesTests: XCTestCase {
    func testAModeratorFeaturesAStoryOnTheFrontPage() async throws {
        try await withTestApp { browser, services in
            let token: HTTPFields = [.authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"]
            let older = try await TestStories.publish(
                StoriesAPITests.submission(title: "Older bread story"), browser: browser, moderator: token)
            for number in 1...3 {
                _ = try await TestStories.publish(
                    StoriesAPITests.submission(title: "Newer story \(number)"), browser: browser, moderator: token)
            }
            let visitor = TestBrowser(client: browser.client)
            expectFalse(try await visitor.get("/en/").contains("Older bread story"), "only the three newest at first")

            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await browser.get("/en/staff/stories/\(older.id)")
            XCTAssertTrue(review.contains("Feature on the front page"))
            let featured = try await browser.post("/en/staff/stories/\(older.id)/action", [("action", "feature")], csrf: review.csrf)
            XCTAssertEqual(featured.status, .seeOther)
            let home = try await visitor.get("/en/")
            XCTAssertTrue(home.contains("Older bread story"), "a featured story comes first, at once")
            XCTAssertTrue(home.contains("Stories to read"))
            expectTrue(try await browser.get("/en/staff/stories/\(older.id)").contains("Take off the front page"))

            _ = try await browser.post("/en/staff/stories/\(older.id)/action", [("action", "unfeature")], csrf: review.csrf)
            expectFalse(try await visitor.get("/en/").contains("Older bread story"))
        }
    }

    func testOnlyPublishedStoriesCanBeFeatured() async throws {
        try await withTestApp { browser, services in
            let created = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission())
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            let review = try await browser.get("/en/staff/stories/\(id)")
            XCTAssertFalse(review.contains("Feature on the front page"))
            expectEqual(
                try await browser.post("/en/staff/stories/\(id)/action", [("action", "feature")], csrf: review.csrf).status, .conflict)
        }
    }
}
