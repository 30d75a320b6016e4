import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// The audit log: who, in which role, did what to which story, when; never the words.
final class AuditLogTests: XCTestCase {
    func testAdministratorsReadTheLogWithoutAnyStorysWords() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "night-desk", role: .moderator))"
            ]
            let story = try await TestStories.publish(
                StoriesAPITests.submission(title: "Marker title QX7", body: "Marker body QX7."), browser: browser, moderator: moderator)
            try await services.accounts.createUser(email: "ada@example.org", name: "Ada", role: .admin, password: Fixtures.staffPassword)
            try await browser.signIn("ada@example.org", Fixtures.staffPassword)
            let log = try await browser.get("/en/staff/audit")
            XCTAssertEqual(log.status, .ok)
            for text in [
                "Submitted", "Asked the teller to approve", "Approved", "Published", "The teller", "API token (Moderator) · night-desk",
            ] {
                XCTAssertTrue(log.contains(text), text)
            }
            XCTAssertFalse(log.contains("QX7"), "no story words in the log")
            let one = try await browser.get("/en/staff/audit?story=\(story.id)")
            XCTAssertTrue(one.contains("Actions on story \(story.id)"))

            let api = try await browser.json(
                "/api/v1/audit?story=\(story.id)",
                headers: [.authorization: "Bearer \(try await services.accounts.createAPIToken(name: "ops", role: .admin))"])
            let actions = (api.object["items"] as? [[String: Any]])?.compactMap { $0["action"] as? String }
            // Newest first; steps within the same instant may come in either order.
            XCTAssertEqual(Set(actions ?? []), ["submit", "start-review", "request-approval", "approve", "publish"])
            XCTAssertEqual(actions?.count, 5)
        }
    }

    func testOnlyAdministratorsSeeTheWholeLog() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/audit").status, .forbidden)
            let token = try await services.accounts.createAPIToken(name: "desk", role: .moderator)
            expectEqual(try await browser.json("/api/v1/audit", headers: [.authorization: "Bearer \(token)"]).status, .forbidden)
        }
    }
}
