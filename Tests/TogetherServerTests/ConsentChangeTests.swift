import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Tellers can change what they agreed to at any time; every use stops at once.
final class ConsentChangeTests: XCTestCase {
    func testTakingBackConsentStopsEachUseAtOnce() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var json = StoriesAPITests.submission(title: "Choir on Thursdays", body: "We sing together in the town hall.")
            json["language"] = "en"
            let story = try await TestStories.publish(json, browser: browser, moderator: moderator)
            let (id, teller, receipt) = (story.id, story.teller, story.receipt)
            expectTrue(try await browser.get("/feeds/stories.json").contains(id))

            // Partners may no longer share it: out of the feeds, still on the site.
            expectEqual(try await browser.json("/api/v1/my-story/consent", method: .post, ["publish": true], headers: teller).status, .ok)
            expectFalse(try await browser.get("/feeds/stories.json").contains(id))
            expectEqual(try await browser.get("/embed/stories/\(id)").status, .notFound)
            expectEqual(try await browser.json("/api/v1/stories/\(id)").status, .ok)

            // Not on the site either: gone from pages and search, but not erased.
            let page = try await browser.submit("/en/my-story", [("code", receipt)])
            XCTAssertTrue(page.contains(#"type="checkbox" id="consent-publish" name="consent" value="publish" checked"#))
            let changed = try await browser.post(
                "/en/my-story/consent", [("code", receipt)], csrf: page.csrf)
            XCTAssertEqual(changed.status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(id)").status, .notFound)
            expectEqual((try await browser.json("/api/v1/stories?q=choir").object["items"] as? [Any])?.count, 0)
            expectFalse(try await browser.get("/en/").contains("Choir on Thursdays"))
            expectEqual(try await browser.json("/api/v1/my-story", headers: teller).status, .ok, "the story is kept for its teller")

            // And back again, with an end date in the past refused.
            expectEqual(
                try await browser.json(
                    "/api/v1/my-story/consent", method: .post, ["publish": true, "until": "2001-01-01"], headers: teller
                ).status,
                .unprocessableContent)
            _ = try await browser.json("/api/v1/my-story/consent", method: .post, ["publish": true], headers: teller)
            expectEqual((try await browser.json("/api/v1/stories?q=choir").object["items"] as? [Any])?.count, 1)
        }
    }
}
