import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// Full-text search across languages, on whichever database the suite runs on.
final class StorySearchTests: XCTestCase {
    /// Publishes a story in `language` through the API; returns its id.
    static func publish(_ title: String, _ body: String, language: String, browser: TestBrowser, moderator: HTTPFields) async throws
        -> String
    {
        var json = StoriesAPITests.submission(title: title, body: body)
        json["language"] = language
        return try await TestStories.publish(json, browser: browser, moderator: moderator).id
    }

    func testSearchFoldsCaseAndDiacriticsInEveryScript() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            let cafe = try await Self.publish(
                "Le café du coin", "Nous ouvrons le café ensemble chaque matin.", language: "fr", browser: browser, moderator: moderator)
            let bread = try await Self.publish("خُبْز الأحد", "نَخْبِزُ معًا كل أحد", language: "ar", browser: browser, moderator: moderator)
            let garden = try await Self.publish(
                "El huerto", "Sembramos tomates en el huerto comunitario.", language: "es", browser: browser, moderator: moderator)
            _ = try await browser.json("/api/v1/stories", method: .post, StoriesAPITests.submission(title: "Unpublished café"))

            func ids(_ q: String) async throws -> [String] {
                let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
                let page = try await browser.json("/api/v1/stories?q=\(encoded)")
                XCTAssertEqual(page.status, .ok, q)
                return (page.object["items"] as? [[String: Any]] ?? []).compactMap { ($0["id"] as? String)?.lowercased() }
            }
            expectEqual(try await ids("CAFE"), [cafe], "case and accents fold")
            expectEqual(try await ids("café matin"), [cafe], "every word must match")
            expectEqual(try await ids("خبز"), [bread], "Arabic without short vowels finds the vowelled text")
            expectEqual(try await ids("huerto"), [garden])
            expectEqual(try await ids("café tomates"), [])
            expectEqual(try await ids("\"; DROP TABLE stories; --"), [], "query syntax is never passed through")
            expectEqual(try await ids("*"), [])
            let filtered = try await browser.json("/api/v1/stories?q=cafe&language=es")
            XCTAssertEqual((filtered.object["items"] as? [[String: Any]])?.count, 0, "filters narrow a search")
        }
    }

    /// Words a database's own parser might read as numbers or split differently are found as typed.
    func testWordsThatLookLikeNumbersOrCodesAreFound() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            let id = try await Self.publish(
                "Codes", "Room 1e10, bus 0e44, flat zaytun-8d2c0e44-1a2b and 3-4 friends.", language: "en", browser: browser,
                moderator: moderator)
            for q in ["1e10", "0e44", "zaytun-8d2c0e44-1a2b", "8d2c0e44", "3-4"] {
                let encoded = q.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? q
                let page = try await browser.json("/api/v1/stories?q=\(encoded)")
                XCTAssertEqual((page.object["items"] as? [[String: Any]])?.compactMap { ($0["id"] as? String)?.lowercased() }, [id], q)
            }
        }
    }
}
