import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Whose voices are amplified: optional self-descriptions at intake, aggregates only, counts under
/// five never shown, the share of exceptional-achievement stories, and alerts staff set.
final class VoicesTests: XCTestCase {
    func testCountsUnderFiveAreNeverShown() {
        let now = Date()
        let stories = (0..<12).map { index in
            VoicesReport.Story(
                voice: index < 9 ? "refugee" : "migrant", gender: index < 2 ? "woman" : "", isChild: false, originRegion: "",
                themes: ["food"], language: "en", publishedAt: now, featured: index < 6, exceptional: index < 7)
        }
        let report = VoicesReport(stories: stories, now: now)
        let voice = report.dimensions.first { $0.name == "voice" }!
        XCTAssertEqual(voice.published.first { $0.key == "migrant" }?.count, nil, "three stories could point at a person")
        XCTAssertEqual(
            voice.published.first { $0.key == "refugee" }?.count, nil, "with the total shown, the other count would give the three away")
        XCTAssertEqual(voice.published.first { $0.key == "host-community" }?.count, 0, "zero is safe to show")
        let gender = report.dimensions.first { $0.name == "gender" }!
        XCTAssertNil(gender.published.first { $0.key == "woman" }?.count)
        XCTAssertEqual(report.exceptional.count, 7)
        XCTAssertEqual(report.quarters.count, 8)
    }

    func testTheDashboardCountsSelfDescriptionsAndWarnsWhenAVoiceIsHeardLess() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            for index in 0..<6 {
                var json = StoriesAPITests.submission(title: "Story \(index)", body: "We cook together on Fridays.")
                json["language"] = "en"
                json["voice"] = "refugee"
                json["gender"] = "woman"
                json["originRegion"] = "middle-east-north-africa"
                _ = try await TestStories.publish(json, browser: browser, moderator: moderator)
            }
            var bad = StoriesAPITests.submission()
            bad["gender"] = "robot"
            let refused = try await browser.json("/api/v1/stories", method: .post, bad)
            XCTAssertEqual(refused.status, .unprocessableContent)

            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let page = try await browser.get("/en/staff/voices")
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.contains("Published stories: 6; featured: 0."))
            XCTAssertTrue(page.contains("<th scope=\"row\">Woman</th><td>6 (100%)</td>"), page.body)
            XCTAssertTrue(page.contains("<svg"))
            XCTAssertFalse(page.contains("Story 1"), "aggregates only, never a story")
            let set = try await browser.post("/en/staff/voices/alerts", [("minimum_host-community", "20")], csrf: page.csrf)
            XCTAssertEqual(set.status, .found)
            let alerted = try await browser.get("/en/staff/voices")
            XCTAssertTrue(alerted.contains("under the 20% you set"), alerted.body)
            let invalid = try await browser.post("/en/staff/voices/alerts", [("minimum_migrant", "150")], csrf: page.csrf)
            XCTAssertEqual(invalid.status, .unprocessableContent)

            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .facilitator, password: Fixtures.staffPassword)
            browser.forgetCookies()
            try await browser.signIn("omar@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/voices").status, .forbidden)
        }
    }

    func testTellersDescribeThemselvesAfterSendingAndModeratorsMarkExceptionalStories() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var json = StoriesAPITests.submission(title: "Swimming across the lake", body: "I trained every morning for a year.")
            json["language"] = "en"
            let story = try await TestStories.publish(json, browser: browser, moderator: moderator)
            let page = try await browser.get("/en/my-story")
            let described = try await browser.post(
                "/en/my-story/about-me", [("code", story.receipt), ("gender", "non-binary"), ("originRegion", "europe")], csrf: page.csrf)
            XCTAssertEqual(described.status, .ok)
            XCTAssertTrue(described.contains("<option value=\"non-binary\" selected>"), "the page shows what the teller chose")
            let refused = try await browser.post("/en/my-story/about-me", [("code", story.receipt), ("gender", "robot")], csrf: page.csrf)
            XCTAssertEqual(refused.status, .unprocessableContent)
            let record = try await StoryRecord.find(UUID(uuidString: story.id), on: services.store.database)
            XCTAssertEqual(record?.gender, "non-binary")
            XCTAssertEqual(record?.originRegion, "europe")

            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let review = try await browser.get("/en/staff/stories/\(story.id)")
            let marked = try await browser.post("/en/staff/stories/\(story.id)/action", [("action", "exceptional")], csrf: review.csrf)
            XCTAssertLessThan(marked.status.code, 400, marked.body)
            let after = try await StoryRecord.find(UUID(uuidString: story.id), on: services.store.database)
            XCTAssertEqual(after?.exceptional, true)
            let dashboard = try await browser.get("/en/staff/voices")
            XCTAssertTrue(dashboard.contains("Stories of exceptional achievement: under 5."), "one story: too few to show")
        }
    }
}
