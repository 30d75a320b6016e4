import HTTPTypes
import XCTest

/// Takes a story the whole way through the API: told, sent to the teller, approved, published.
enum TestStories {
    struct Published {
        let id: String
        let receipt: String

        var teller: HTTPFields { [.authorization: "Receipt \(receipt)"] }
    }

    static func publish(_ json: [String: Any], browser: TestBrowser, moderator: HTTPFields) async throws -> Published {
        let created = try await browser.json("/api/v1/stories", method: .post, json)
        XCTAssertEqual(created.status, .created, created.body)
        let story = Published(
            id: try XCTUnwrap(created.object["id"] as? String).lowercased(), receipt: try XCTUnwrap(created.object["receipt"] as? String))
        _ = try await browser.json("/api/v1/stories/\(story.id)/request-approval", method: .post, headers: moderator)
        _ = try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 1], headers: story.teller)
        let published = try await browser.json("/api/v1/stories/\(story.id)/publish", method: .post, headers: moderator)
        XCTAssertEqual(published.status, .ok, published.body)
        return story
    }
}
