import Foundation
import HTTPTypes
import XCTest

@testable import TogetherServer

/// "Check a message": a plain form and `POST /api/check` with the same JSON as `together check`.
final class CheckPageTests: XCTestCase {
    func testTheFormMarksFindingsAndExplainsThem() async throws {
        try await withTestApp { browser, _ in
            let form = try await browser.get("/en/check")
            XCTAssertEqual(form.status, .ok)
            XCTAssertTrue(form.contains(#"<textarea id="text" name="text""#))
            let checked = try await browser.post(
                "/en/check", [("text", "Police held three illegal immigrants."), ("language", "auto"), ("medium", "post")], csrf: form.csrf)
            XCTAssertEqual(checked.status, .ok)
            XCTAssertTrue(
                checked.contains(##"<mark class="finding finding--error"><a href="#finding-1">illegal immigrants</a>"##), checked.body)
            XCTAssertTrue(checked.contains("Change before publishing"))
            XCTAssertTrue(checked.contains("Checked as English"))

            let clean = try await browser.post(
                "/en/check", [("text", "Together we cook with our neighbours every Sunday."), ("medium", "post")], csrf: form.csrf)
            XCTAssertTrue(clean.contains("Nothing to change"))
            XCTAssertTrue(clean.contains("What already works well"))
            let empty = try await browser.post("/en/check", [("text", "  ")], csrf: form.csrf)
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(empty.contains("Write or paste a message to check."))
        }
    }

    func testTheAPIAnswersWithTheReportContract() async throws {
        try await withTestApp { browser, _ in
            let answer = try await browser.json(
                "/api/check", method: .post, ["text": "Ils ont arrêté des clandestins.", "medium": "headline"])
            XCTAssertEqual(answer.status, .ok, answer.body)
            XCTAssertEqual(answer.object["language"] as? String, "fr")
            let finding = try XCTUnwrap((answer.object["findings"] as? [[String: Any]])?.first)
            XCTAssertEqual(finding["category"] as? String, "dehumanising-term")
            XCTAssertEqual(finding["text"] as? String, "clandestins")
            XCTAssertEqual(finding["start"] as? Int, 19)
            XCTAssertNotNil(answer.object["summary"])
            expectEqual(try await browser.json("/api/check", method: .post, ["text": ""]).status, .unprocessableContent)
            expectEqual(try await browser.json("/api/check", method: .post, ["text": "x", "language": "xx"]).status, .unprocessableContent)
            expectEqual(try await browser.json("/api/check", method: .post, ["text": "x", "medium": "tv"]).status, .badRequest)
            expectEqual(try await browser.json("/api/check", method: .post, ["nothing": true]).status, .badRequest)
        }
    }
}

extension CheckPageTests {
    func testTwoFindingsOnTheSameWordsAreBothListedAndMarkedOnce() async throws {
        try await withTestApp { browser, _ in
            let form = try await browser.get("/en/check")
            let checked = try await browser.post(
                "/en/check", [("text", "Der Landrat sprach von einer Asylantenflut."), ("language", "de"), ("medium", "post")],
                csrf: form.csrf)
            XCTAssertEqual(checked.status, .ok)
            XCTAssertTrue(checked.contains(#"id="finding-1""#) && checked.contains(#"id="finding-2""#), checked.body)
            XCTAssertEqual(checked.body.components(separatedBy: "<mark ").count - 1, 1)
        }
    }
}
