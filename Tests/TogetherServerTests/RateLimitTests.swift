import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Every public write is limited per address (120 a minute): stories, votes, proposals, reservations,
/// signatures and survey answers all share the same guard, in front of everything else, so a flood
/// stops before it reaches the database. No address is stored: the counts live in memory only.
final class RateLimitTests: XCTestCase {
    /// Sends `post` until it is refused: that must happen, and only near the limit (setting up the
    /// test took a few writes from the same address already).
    private func assertLimited(
        _ name: String, browser: TestBrowser, post: () async throws -> HTTPResponse.Status, file: StaticString = #filePath,
        line: UInt = #line
    ) async throws {
        var accepted = 0
        // Bounded: the limit, plus the one that must be refused.
        for _ in 0...RateLimits.publicWrites {
            if try await post() == .tooManyRequests { break }
            accepted += 1
        }
        XCTAssertLessThan(accepted, RateLimits.publicWrites + 1, "\(name): never refused", file: file, line: line)
        XCTAssertGreaterThan(accepted, RateLimits.publicWrites - 10, "\(name): refused too early", file: file, line: line)
    }

    func testStoriesAreLimited() async throws {
        try await withTestApp { browser, _ in
            let form = try await browser.get("/en/stories/new")
            try await assertLimited("story form", browser: browser) {
                try await browser.post("/en/stories/new", [("title", "")], csrf: form.csrf).status
            }
        }
        try await withTestApp { browser, _ in
            try await assertLimited("stories API", browser: browser) {
                try await browser.json("/api/v1/stories", method: .post, ["title": ""]).status
            }
        }
    }

    func testVotesAndProposalsAreLimited() async throws {
        try await withTestApp { browser, services in
            let id = try await ConversationTests.start(browser, services: services)
            let path = "/en/conversations/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            try await assertLimited("votes", browser: browser) {
                try await browser.post(path + "/vote", [("statement", "0"), ("choice", "agree")], csrf: page.csrf).status
            }
        }
    }

    func testReservationsSignaturesAndSurveyAnswersAreLimited() async throws {
        try await withTestApp { browser, services in
            let id = try await GatheringTests.create(browser, services: services)
            let path = "/en/gatherings/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            try await assertLimited("reservations", browser: browser) {
                try await browser.post(path + "/rsvp", [("places", "9")], csrf: page.csrf).status
            }
        }
        try await withTestApp { browser, services in
            let id = try await PledgeTests.open(browser, services: services)
            let path = "/en/pledges/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            try await assertLimited("signatures", browser: browser) { try await browser.post(path + "/sign", [], csrf: page.csrf).status }
        }
        try await withTestApp { browser, services in
            let id = try await MessageTestTests.create(browser, services: services)
            try await MessageTestTests.open(browser, id)
            browser.forgetCookies()
            let path = "/en/tests/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            try await assertLimited("survey answers", browser: browser) {
                try await browser.post(path, [("step", "consent")], csrf: page.csrf).status
            }
        }
    }
}
