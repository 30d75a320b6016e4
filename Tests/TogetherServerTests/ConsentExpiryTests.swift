import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

final class ConsentExpiryTests: XCTestCase {
    func testWhenConsentEndsTheStoryLeavesPagesSearchAndFeeds() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var json = StoriesAPITests.submission(title: "Harvest festival", body: "We picked apples together.")
            json["consent"] = ["publish": true, "partners": true, "until": "2099-12-31"]
            _ = try await TestStories.publish(json, browser: browser, moderator: moderator)
            expectEqual((try await browser.json("/api/v1/stories?q=apples").object["items"] as? [Any])?.count, 1)

            // Nothing ends before its date.
            let job = ConsentExpiryService(services: services)
            expectEqual(try await job.sweep(now: Date()), 0)
            // Past the date (the sweep is asked about a later moment): out of the index.
            let later = try XCTUnwrap(try? Date("2100-01-02T00:00:00Z", strategy: .iso8601))
            expectEqual(try await job.sweep(now: later), 1)
            expectEqual((try await browser.json("/api/v1/stories?q=apples").object["items"] as? [Any])?.count, 0)
        }
    }
}

extension ConsentExpiryTests {
    func testSearchChecksConsentAtEveryReadBeforeAnySweep() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "desk", role: .moderator))"
            ]
            var json = StoriesAPITests.submission(title: "Pears", body: "We pick pears on Saturdays.")
            json["consent"] = ["publish": true, "until": "2099-12-31"]
            _ = try await TestStories.publish(json, browser: browser, moderator: moderator)
            expectEqual((try await browser.json("/api/v1/stories?q=pears").object["items"] as? [Any])?.count, 1)
            // The end passes; the hourly sweep has not run yet.
            for row in try await StoryConsentRecord.query(on: services.store.database).all() {
                row.until = Date().addingTimeInterval(-60)
                try await row.save(on: services.store.database)
            }
            services.pageCache.removeAll()
            expectEqual((try await browser.json("/api/v1/stories?q=pears").object["items"] as? [Any])?.count, 0)
            expectEqual((try await browser.json("/api/v1/stories?q=pears&x=1").object["items"] as? [Any])?.count, 0)
        }
    }
}
