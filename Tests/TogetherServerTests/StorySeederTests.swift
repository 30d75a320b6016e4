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
