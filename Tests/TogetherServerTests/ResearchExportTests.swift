import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Researchers get published, consented stories without anything that points at the teller.
final class ResearchExportTests: XCTestCase {
    func testTheExportHoldsPublishedConsentedStoriesOnlyAndHidesSmallCounts() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var credited = StoriesAPITests.submission(title: "Bread on Sundays")
            credited["credit"] = ["mode": "full-name", "name": "Samir Haddad"]
            let published = try await TestStories.publish(credited, browser: browser, moderator: moderator)
            let withdrawnConsent = try await TestStories.publish(
                StoriesAPITests.submission(title: "No longer public"), browser: browser, moderator: moderator)
            _ = try await browser.json(
                "/api/v1/my-story/consent", method: .post, ["publish": false], headers: withdrawnConsent.teller)
            _ = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "Still a draft"))

            let export = try await ResearchExport.make(from: services.stories)
            XCTAssertEqual(export.stories.map(\.title), ["Bread on Sundays"])
            XCTAssertEqual(export.stories.first?.id, published.id)
            let directory = FileManager.default.temporaryDirectory.appendingPathComponent("together-export-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: directory) }
            try export.write(to: directory)
            let lines = try String(contentsOf: directory.appendingPathComponent("stories.jsonl"), encoding: .utf8)
            XCTAssertFalse(lines.contains("Samir"), "no credited name")
            XCTAssertFalse(lines.contains("+49 170"), "no contact details")
            XCTAssertFalse(lines.contains("Still a draft") || lines.contains("No longer public"))
            let table = try String(contentsOf: directory.appendingPathComponent("stories-by-voice-and-country.csv"), encoding: .utf8)
            XCTAssertTrue(table.contains("<5"), "a single story is a small cell: \(table)")
        }
    }
}
