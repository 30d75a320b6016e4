import Foundation
import HTTPTypes
import NIOCore
import XCTest

@testable import TogetherServer

final class StoriesAPITests: XCTestCase {
    static func submission(
        title: String = "The bakery on our street", body: String = "Every morning we open the shutters together.",
        extra: [String: Any] = [:]
    ) -> [String: Any] {
        var json: [String: Any] = [
            "title": title, "body": body, "language": "ar", "voice": "refugee", "themes": ["food", "work"],
            "place": ["country": "DE", "region": "Leipzig"], "credit": ["mode": "first-name", "name": "Samir"],
            "consent": ["publish": true, "partners": true, "translate": true], "ageGroup": "adult", "contact": "+49 170 0000000",
        ]
        for (key, value) in extra { json[key] = value }
        return json
    }

    func testATellerSubmitsAndGetsAReceiptShownOnce() async throws {
        try await withTestApp { browser, services in
            let created = try await browser.json("/api/v1/stories", method: .post, Self.submission())
            XCTAssertEqual(created.status, .created)
            let receipt = try XCTUnwrap(created.object["receipt"] as? String)
            XCTAssertNotNil(receipt.range(of: #"^[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z]$"#, options: .regularExpression), receipt)
            XCTAssertEqual(created.object["status"] as? String, "submitted")

            let mine = try await browser.json("/api/v1/my-story", headers: [.authorization: "Receipt \(receipt.lowercased())"])
            XCTAssertEqual(mine.status, .ok)
            XCTAssertEqual(mine.object["title"] as? String, "The bakery on our street")
            let sealed = try await services.store.sql.raw("SELECT contact_sealed FROM stories").first()?.decode(
                column: "contact_sealed", as: String.self)
            XCTAssertFalse(try XCTUnwrap(sealed).contains("170"), "contact details are stored sealed")
            let stored = try await services.store.sql.raw("SELECT receipt_hash FROM stories").first()?.decode(
                column: "receipt_hash", as: String.self)
            XCTAssertNotEqual(stored, receipt)
        }
    }

    func testProblemsComeBackAsFieldErrors() async throws {
        try await withTestApp { browser, _ in
            var json = Self.submission(title: "  ")
            json["language"] = "xx"
            json["consent"] = ["partners": true]
            json["place"] = ["country": "DE", "region": "Hauptstraße 12"]
            let page = try await browser.json("/api/v1/stories", method: .post, json)
            XCTAssertEqual(page.status, .unprocessableContent)
            let fields = ((page.object["error"] as? [String: Any])?["fields"] as? [[String: String]]) ?? []
            XCTAssertEqual(
                Set(fields.map { "\($0["field"]!):\($0["code"]!)" }),
                ["title:required", "language:unknownLanguage", "consent.publish:publishConsentRequired", "region:notCoarse"])
            let broken = try await browser.send(
                "/api/v1/stories", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{\"title\": 5"))
            XCTAssertEqual(broken.status, .badRequest)
        }
    }

    func testWrongAndMalformedReceiptsGetTheSameAnswer() async throws {
        try await withTestApp { browser, _ in
            _ = try await browser.json("/api/v1/stories", method: .post, Self.submission())
            let wrong = try await browser.json(
                "/api/v1/my-story", headers: [.authorization: "Receipt " + String(repeating: "A", count: 26)])
            let malformed = try await browser.json("/api/v1/my-story", headers: [.authorization: "Receipt nonsense"])
            let missing = try await browser.json("/api/v1/my-story")
            XCTAssertEqual([wrong.status, malformed.status, missing.status], [.unauthorized, .unauthorized, .unauthorized])
            XCTAssertEqual(wrong.body, malformed.body)
            XCTAssertEqual(wrong.body, missing.body)
        }
    }

    func testNothingIsPublishedWithoutTheTellersApprovalOfThatVersion() async throws {
        try await withTestApp { browser, services in
            let moderator = try await services.accounts.createAPIToken(name: "amal", role: .moderator)
            let staff: HTTPFields = [.authorization: "Bearer \(moderator)"]
            let created = try await browser.json("/api/v1/stories", method: .post, Self.submission())
            let id = try XCTUnwrap(created.object["id"] as? String).lowercased()
            let teller: HTTPFields = [.authorization: "Receipt \(created.object["receipt"] as! String)"]

            let queue = try await browser.json("/api/v1/review-queue", headers: staff)
            XCTAssertEqual((queue.object["items"] as? [[String: Any]])?.count, 1)
            expectEqual(try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: staff).status, .conflict)
            expectEqual(
                try await browser.json("/api/v1/stories/\(id)", method: .patch, ["summary": "A morning in Leipzig."], headers: staff)
                    .status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: staff).status, .ok)
            let outdated = try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 1], headers: teller)
            XCTAssertEqual(outdated.status, .conflict, "the teller must approve the version that goes out")
            expectEqual(try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 2], headers: teller).status, .ok)
            expectEqual(try await browser.json("/api/v1/stories/\(id)", headers: [:]).status, .notFound, "approved is not yet published")
            expectEqual(try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: staff).status, .ok)

            let published = try await browser.json("/api/v1/stories/\(id)")
            XCTAssertEqual(published.status, .ok)
            XCTAssertEqual(published.object["summary"] as? String, "A morning in Leipzig.")
            XCTAssertEqual((published.object["credit"] as? [String: String])?["name"], "Samir")
            XCTAssertNil(published.object["contact"], "contact details never leave")
            let list = try await browser.json("/api/v1/stories?language=ar&theme=food")
            XCTAssertEqual((list.object["items"] as? [[String: Any]])?.count, 1)
            expectEqual((try await browser.json("/api/v1/stories?country=FR").object["items"] as? [[String: Any]])?.count, 0)

            // An edit after publication waits for the teller; the approved words stay up meanwhile.
            _ = try await browser.json("/api/v1/stories/\(id)", method: .patch, ["title": "Changed by a moderator"], headers: staff)
            expectEqual(try await browser.json("/api/v1/stories/\(id)").object["title"] as? String, "The bakery on our street")
        }
    }

    func testFacilitatorsAndVisitorsCannotModerate() async throws {
        try await withTestApp { browser, services in
            let facilitator = try await services.accounts.createAPIToken(name: "omar", role: .facilitator)
            let created = try await browser.json("/api/v1/stories", method: .post, Self.submission())
            let id = try XCTUnwrap(created.object["id"] as? String)
            for headers: HTTPFields in [
                [.authorization: "Bearer \(facilitator)"], [:], [.authorization: "Receipt \(created.object["receipt"]!)"],
            ] {
                let publish = try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: headers)
                XCTAssertTrue([401, 403].contains(publish.status.code), "\(headers) could publish: \(publish.status)")
                expectTrue([401, 403].contains(try await browser.json("/api/v1/review-queue", headers: headers).status.code))
            }
        }
    }

    func testAChildsStoryNeedsASecondModerator() async throws {
        try await withTestApp { browser, services in
            let amal: HTTPFields = [.authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"]
            let badr: HTTPFields = [.authorization: "Bearer \(try await services.accounts.createAPIToken(name: "badr", role: .moderator))"]
            var json = Self.submission(extra: ["ageGroup": "child", "guardianConsent": true])
            json["credit"] = ["mode": "chosen-name", "name": "Star"]
            let created = try await browser.json("/api/v1/stories", method: .post, json)
            XCTAssertEqual(created.status, .created)
            let id = try XCTUnwrap(created.object["id"] as? String)
            _ = try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: amal)
            _ = try await browser.json(
                "/api/v1/my-story/approve", method: .post, ["version": 1],
                headers: [.authorization: "Receipt \(created.object["receipt"]!)"])
            let same = try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: amal)
            XCTAssertEqual(same.status, .conflict)
            XCTAssertTrue(same.body.contains("second moderator"))
            expectEqual(try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: badr).status, .ok)
        }
    }

    func testSendingTwiceWithTheSameKeyMakesOneStory() async throws {
        try await withTestApp { browser, services in
            let key: HTTPFields = [HTTPField.Name("Idempotency-Key")!: "retry-42"]
            let first = try await browser.json("/api/v1/stories", method: .post, Self.submission(), headers: key)
            let second = try await browser.json("/api/v1/stories", method: .post, Self.submission(), headers: key)
            XCTAssertEqual([first.status, second.status], [.created, .conflict])
            let count = try await services.store.sql.raw("SELECT COUNT(*) AS n FROM stories").first()?.decode(column: "n", as: Int.self)
            XCTAssertEqual(count, 1)
            expectEqual(try await browser.json("/api/v1/stories", method: .post, Self.submission()).status, .created, "no key, no check")
        }
    }

    func testOversizedStoriesAreRefusedWith413() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.json(
                "/api/v1/stories", method: .post, Self.submission(body: String(repeating: "a", count: 600 * 1024)))
            XCTAssertEqual(page.status, .contentTooLarge)
        }
    }
}
