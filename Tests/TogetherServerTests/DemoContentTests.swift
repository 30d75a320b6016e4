import XCTest

@testable import TogetherServer

final class DemoContentTests: XCTestCase {
    func testDemoFillsAnEmptySiteAndSaysItIsFictionalInEveryLanguage() async throws {
        try await withTestApp { browser, services in
            guard case .loaded(let password) = try await DemoContent(services: services).load() else {
                return XCTFail("demo content was not loaded into an empty site")
            }
            let english = try await browser.get("/en/")
            XCTAssertTrue(english.contains("Everything on this site is fictional"))
            for code in ["fr", "es", "ar"] {
                let page = try await browser.get("/\(code)/")
                XCTAssertTrue(page.contains("notice--demo"), code)
                XCTAssertFalse(page.contains("Everything on this site is fictional"), "\(code) banner is not translated")
            }
            let stories = try await browser.get("/en/stories")
            for title in ["Sunday bread", "La chorale du quartier", "La panadería de la esquina", "قهوة الصباح في الحي"] {
                XCTAssertTrue(stories.contains(title), "demo story \(title) is published")
            }
            expectTrue(try await browser.get("/ar/").contains("notice--demo"))
            expectTrue(try await browser.get("/es/").contains("story-card"), "the front page shows recent demo stories")
            expectTrue(try await browser.get("/en/conversations").contains("What would make our street feel like home? (demo)"))
            expectTrue(try await browser.get("/en/gatherings").contains("Soup and songs (demo)"), "a gathering three weeks ahead")
            expectTrue(
                try await browser.get("/c/riverside/en/gatherings").contains("Football in the park (demo)"),
                "the demo chapter's own gathering, ten days ahead")
            expectTrue(try await browser.get("/en/pledges").contains("Stand up today (demo)"), "an open pledge")
            try await browser.signIn(DemoContent.accounts[0].email, password)
            let team = try await browser.get("/en/staff/users")
            for account in DemoContent.accounts { XCTAssertTrue(team.contains(account.name)) }
        }
    }

    func testDemoNeverMixesWithARealSite() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            expectEqual(try await DemoContent(services: services).load(), .skippedBecauseNotEmpty)
            expectFalse(try await browser.get("/en/").contains("notice--demo"))
        }
    }
}
