import HTTPTypes
import XCTest

@testable import TogetherServer

final class StorySeederTests: XCTestCase {
    func testSeededStoriesArePublishedFindableAndMarkedFictional() async throws {
        try await withTestApp { browser, services in
            try await StorySeeder(services: services).seed(count: 30, batchSize: 8)
            let list = try await browser.json("/api/v1/stories")
            let items = try XCTUnwrap(list.object["items"] as? [[String: Any]])
            XCTAssertEqual(items.count, 20)
            XCTAssertNotNil(list.object["next"] as? String)
            XCTAssertTrue(items.allSatisfy { ($0["body"] as? String)?.contains("Fictional demo story") == true })
            let found = try await browser.json("/api/v1/stories?q=%2312")
            XCTAssertEqual((found.object["items"] as? [[String: Any]])?.count, 1, "each seeded story is in the search index")
        }
    }
}

/// Reading search results page by page, on whichever database the suite runs on.
final class SearchPagingTests: XCTestCase {
    func testEveryMatchShowsUpOnceWhenReadingPageAfterPage() async throws {
        try await withTestApp { browser, services in
            try await StorySeeder(services: services).seed(count: 45, batchSize: 10)
            var seen: [String] = []
            var path = "/api/v1/stories?q=fictional"
            var pages = 0
            while pages < 10 {
                let page = try await browser.json(path)
                XCTAssertEqual(page.status, .ok)
                seen += (page.object["items"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
                pages += 1
                // A story published while someone reads does not push what they saw onto the next page.
                if pages == 1 {
                    let moderator: HTTPFields = [
                        .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
                    ]
                    _ = try await StorySearchTests.publish(
                        "A late story", "Fictional too: it was published while someone read.", language: "en", browser: browser,
                        moderator: moderator)
                }
                guard let next = page.object["next"] as? String else { break }
                XCTAssertFalse(next.allSatisfy(\.isNumber), "searches continue from a place in the results, not a count")
                path = "/api/v1/stories?q=fictional&cursor=\(next)"
            }
            XCTAssertEqual(pages, 3)
            XCTAssertEqual(seen.count, 45, "the story published after the first page is newer: it is not on later pages")
            XCTAssertEqual(Set(seen).count, 45, "no story twice")

            let bad = try await browser.json("/api/v1/stories?q=fictional&cursor=s12%27%20OR%201%3D1")
            XCTAssertEqual(bad.status, .badRequest)
            XCTAssertTrue(((bad.object["error"] as? [String: Any])?["message"] as? String ?? "").contains("cursor"))
            expectEqual(try await browser.get("/en/stories?q=fictional&cursor=zzz").status, .ok, "a garbled link starts from the top")
        }
    }

    func testTheSearchPageLinksToTheNextPage() async throws {
        try await withTestApp { browser, services in
            try await StorySeeder(services: services).seed(count: 25, batchSize: 25)
            let first = try await browser.get("/en/stories?q=fictional")
            let link = try XCTUnwrap(
                first.body.range(of: #"/en/stories\?cursor=[A-Za-z0-9_%-]+&amp;q=fictional"#, options: .regularExpression))
            let next = try await browser.get(String(first.body[link]).replacingOccurrences(of: "&amp;", with: "&"))
            XCTAssertEqual(next.status, .ok)
            XCTAssertEqual(first.body.components(separatedBy: "story-card").count - 1, 20)
            XCTAssertEqual(next.body.components(separatedBy: "story-card").count - 1, 5, "the last five stories")
            XCTAssertFalse(next.contains("cursor="), "no link past the last page")
        }
    }
}
