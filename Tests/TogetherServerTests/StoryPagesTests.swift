import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// A teller's way through the site: tell the story, keep the code, approve, withdraw.
final class StoryPagesTests: XCTestCase {
    static let answers: [(String, String)] = [
        ("title", "Bread on Sundays"), ("body", "We bake together every Sunday.\nThe neighbours bring jam."), ("language", "fa"),
        ("voice", "migrant"), ("themes", "food"), ("themes", "family"), ("country", "FR"), ("region", "Lyon"), ("credit", "chosen-name"),
        ("creditName", "Nasrin"), ("consent", "publish"), ("consent", "translate"), ("ageGroup", "adult"),
    ]

    func testTheFormExplainsWhatIsMissingInTheTellersLanguage() async throws {
        try await withTestApp { browser, _ in
            let form = try await browser.get("/ar/stories/new")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.contains(#"<textarea id="body""#))
            XCTAssertTrue(form.contains(#"type="radio" id="voice-refugee""#))
            let empty = try await browser.post("/ar/stories/new", [("region", "12 Rue de la Paix")], csrf: form.csrf)
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.contains("error-summary"))
            XCTAssertTrue(empty.contains(#"value="12 Rue de la Paix""#), "answers are kept")
            XCTAssertFalse(empty.contains("Please fill this in."), "errors are translated")
            expectEqual(try await browser.get("/en/stories/new").status, .ok)
        }
    }

    func testATellerSendsAStoryAndManagesItWithTheCodeAlone() async throws {
        try await withTestApp { browser, services in
            let receipt = try await browser.submit("/en/stories/new", Self.answers)
            XCTAssertEqual(receipt.status, .ok)
            XCTAssertEqual(receipt.headers[.cacheControl], "no-store")
            let code = try XCTUnwrap(
                receipt.body.range(of: #"[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z]"#, options: .regularExpression).map {
                    String(receipt.body[$0])
                })

            let teller = TestBrowser(client: browser.client)
            let wrong = try await teller.submit("/en/my-story", [("code", String(repeating: "7", count: 26))])
            XCTAssertEqual(wrong.status, .unprocessableContent)
            XCTAssertTrue(wrong.contains("No story matches this code."))
            let mine = try await teller.submit("/en/my-story", [("code", code.lowercased())])
            XCTAssertTrue(mine.contains("Received. A moderator will read it soon."))
            XCTAssertTrue(mine.contains("The neighbours bring jam."))
            XCTAssertFalse(mine.contains("Yes, publish this version"), "nothing to approve yet")

            let moderator = try await services.accounts.createAPIToken(name: "amal", role: .moderator)
            let record = try await services.stories.story(receipt: XCTUnwrap(.init(typed: code)))
            let id = try XCTUnwrap(record?.id).uuidString
            _ = try await browser.json(
                "/api/v1/stories/\(id)/request-approval", method: .post, headers: [.authorization: "Bearer \(moderator)"])

            let ready = try await teller.post("/en/my-story", [("code", code)], csrf: mine.csrf)
            XCTAssertTrue(ready.contains("Ready for you to read."))
            let approved = try await teller.post("/en/my-story/approve", [("code", code), ("version", "1")], csrf: ready.csrf)
            XCTAssertTrue(approved.contains("You approved it."))

            let notConfirmed = try await teller.post("/en/my-story/withdraw", [("code", code)], csrf: approved.csrf)
            XCTAssertTrue(notConfirmed.contains("You approved it."), "withdrawal needs the confirmation box")
            let withdrawn = try await teller.post("/en/my-story/withdraw", [("code", code), ("confirm", "yes")], csrf: approved.csrf)
            XCTAssertTrue(withdrawn.contains("Your story has been withdrawn"))
            expectEqual(try await teller.post("/en/my-story", [("code", code)], csrf: approved.csrf).status, .unprocessableContent)
        }
    }

    func testTheStoryFormStaysLight() async throws {
        try await withTestApp { browser, _ in
            let css = try await browser.get(SiteRoute.stylesheet.path())
            for uri in ["/en/stories/new", "/ar/stories/new", "/en/my-story", "/ar/stories", "/en/stories?q=bread"] {
                let page = try await browser.get(uri)
                let bytes = page.body.utf8.count + css.body.utf8.count
                XCTAssertLessThan(bytes, 30 * 1024, "\(uri) weighs \(bytes) bytes with its stylesheet")
            }
        }
    }

    func testPressingSendTwiceMakesOneStory() async throws {
        try await withTestApp { browser, services in
            let form = try await browser.get("/en/stories/new")
            let key = try XCTUnwrap(form.body.range(of: #"name="submission" value="[0-9A-F-]{36}""#, options: .regularExpression))
            let submission = String(form.body[key].dropFirst(#"name="submission" value=""#.count).dropLast())
            let first = try await browser.post("/en/stories/new", Self.answers + [("submission", submission)], csrf: form.csrf)
            let second = try await browser.post("/en/stories/new", Self.answers + [("submission", submission)], csrf: form.csrf)
            XCTAssertEqual([first.status, second.status], [.ok, .conflict])
            XCTAssertFalse(second.body.contains("receipt-code"), "the code is never shown twice")
            let count = try await services.store.sql.raw("SELECT COUNT(*) AS n FROM stories").first()?.decode(column: "n", as: Int.self)
            XCTAssertEqual(count, 1)
        }
    }
}
