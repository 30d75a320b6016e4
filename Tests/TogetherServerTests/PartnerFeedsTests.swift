import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Partners get only what tellers allowed them to share, and lose it the moment that changes.
final class PartnerFeedsTests: XCTestCase {
    func testFeedsAndEmbedsCarryOnlyStoriesTellersLetPartnersShare() async throws {
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            let shared = try await StorySearchTests.publish(
                "Shared <bread> & jam", "We share \u{1}everything.", language: "en", browser: browser, moderator: moderator)
            var privateJSON = StoriesAPITests.submission(title: "Only on this site")
            privateJSON["consent"] = ["publish": true]
            let privateID = try await TestStories.publish(privateJSON, browser: browser, moderator: moderator).id
            let json = try await browser.get("/feeds/stories.json")
            XCTAssertEqual(json.headers[.contentType], "application/feed+json; charset=utf-8")
            let feed = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            XCTAssertEqual(feed["version"] as? String, "https://jsonfeed.org/version/1.1")
            let items = try XCTUnwrap(feed["items"] as? [[String: Any]])
            XCTAssertEqual(items.compactMap { $0["id"] as? String }, [shared])

            let atom = try await browser.get("/feeds/stories.atom")
            XCTAssertTrue(atom.contains("<title>Shared &lt;bread&gt; &amp; jam</title>"), "text is escaped")
            XCTAssertFalse(atom.contains("\u{1}"), "characters XML forbids are dropped")
            XCTAssertFalse(atom.contains("Only on this site"))
            XCTAssertNotNil(try? XMLDocument(xmlString: atom.body), "the Atom feed is well-formed XML")

            let card = try await browser.get("/embed/stories/\(shared)")
            XCTAssertEqual(card.status, .ok)
            XCTAssertTrue(card.headers[.contentSecurityPolicy]?.contains("frame-ancestors *") == true, "partners may frame the card")
            XCTAssertNil(card.headers[HTTPField.Name("X-Frame-Options")!])
            XCTAssertTrue(card.headers[values: .setCookie].isEmpty, "an embed sets no cookie")
            expectEqual(try await browser.get("/embed/stories/\(privateID)").status, .notFound, "no card without partner consent")
            expectEqual(
                try await browser.get("/en/stories/\(shared)").headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'"), true)
        }
    }
}
