import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Unpublished stories and contact details do not outlive the retention period.
final class RetentionTests: XCTestCase {
    func testOldUnpublishedStoriesAndOldContactDetailsAreErasedAndOnlyCountsAreLogged() async throws {
        let logs = LogCapture()
        try await withTestApp(logger: logs.logger()) { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            // Every submission here leaves a phone number for the moderators.
            let kept = try await TestStories.publish(
                StoriesAPITests.submission(title: "Bread on Sundays"), browser: browser, moderator: moderator)
            let stale = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "A draft from spring"))
            let staleID = try XCTUnwrap(stale.object["id"] as? String).lowercased()
            let fresh = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "Sent this week"))
            let freshID = try XCTUnwrap(fresh.object["id"] as? String).lowercased()

            // The first two were sent 200 days ago.
            let longAgo = services.now().addingTimeInterval(-200 * 86_400)
            for id in [kept.id, staleID] {
                let found = try await StoryRecord.find(UUID(uuidString: id), on: services.store.database)
                let record = try XCTUnwrap(found)
                record.createdAt = longAgo
                try await record.save(on: services.store.database)
            }
            let purge = try await RetentionService(services: services).sweep(now: services.now())
            XCTAssertEqual(purge, StoryDesk.Purge(stories: 1, contacts: 1))

            expectEqual(
                try await browser.json("/api/v1/my-story", headers: [.authorization: "Receipt \(stale.object["receipt"]!)"]).status,
                .unauthorized)
            let gone = try await StoryRecord.find(UUID(uuidString: staleID), on: services.store.database)
            XCTAssertNil(gone)
            let recent = try await StoryRecord.find(UUID(uuidString: freshID), on: services.store.database)
            XCTAssertNotNil(recent, "recent drafts stay")
            let found = try await StoryRecord.find(UUID(uuidString: kept.id), on: services.store.database)
            let survivor = try XCTUnwrap(found)
            XCTAssertNil(survivor.contactSealed, "contact details go, the published story stays")
            expectEqual(try await browser.json("/api/v1/stories/\(kept.id)").status, .ok)

            let actions = try await AuditEvent.query(on: services.store.database).all().filter { $0.actorRole == "system" }.map(\.action)
            XCTAssertEqual(Set(actions), ["purge", "purge-contact"])
            XCTAssertTrue(logs.text.contains("retention purge"))
            XCTAssertFalse(logs.text.contains("A draft from spring") || logs.text.contains("+49 170"), "the log holds counts only")
        }
    }
}
