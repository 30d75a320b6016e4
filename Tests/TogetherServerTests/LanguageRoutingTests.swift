import HTTPTypes
import XCTest

@testable import TogetherServer

final class LanguageRoutingTests: XCTestCase {
    func testBareAddressFollowsAcceptLanguageThenTheRememberedChoice() async throws {
        try await withTestApp { browser, _ in
            expectEqual(try await browser.get("/").location, "/en/")
            expectEqual(try await browser.get("/", headers: [.acceptLanguage: "de-DE, ar;q=0.8, fr;q=0.5"]).location, "/ar/")
            expectEqual(try await browser.get("/", headers: [.acceptLanguage: "es-MX"]).location, "/es/")

            let french = try await browser.get("/fr/about")
            XCTAssertEqual(french.status, .ok)
            XCTAssertEqual(browser.cookies["together_lang"], "fr")
            // The remembered choice wins over the browser's header.
            expectEqual(try await browser.get("/", headers: [.acceptLanguage: "ar"]).location, "/fr/")
        }
    }

    func testEveryLanguageSetsLangAndDirection() async throws {
        try await withTestApp { browser, _ in
            for (code, direction) in [("en", "ltr"), ("fr", "ltr"), ("es", "ltr"), ("ar", "rtl")] {
                let page = try await browser.get("/\(code)/")
                XCTAssertEqual(page.status, .ok)
                XCTAssertTrue(page.contains(#"<html lang="\#(code)" dir="\#(direction)">"#), code)
            }
        }
    }

    func testPagesAreTranslated() async throws {
        try await withTestApp { browser, _ in
            let english = try await browser.get("/en/login").body
            for code in ["fr", "es", "ar"] {
                let translated = try await browser.get("/\(code)/login").body
                XCTAssertFalse(translated.contains("Staff sign-in"), "\(code) login page shows English")
                XCTAssertNotEqual(translated, english)
            }
        }
    }

    func testUnknownLanguagePrefixIsA404InTheDefaultLanguage() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/xx/login", headers: [.acceptLanguage: "ar"])
            XCTAssertEqual(page.status, .notFound)
            XCTAssertTrue(page.contains(#"<html lang="en" dir="ltr">"#))
            XCTAssertTrue(page.contains("Page not found"))
        }
    }

    func testNotFoundInsideALanguageIsInThatLanguage() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/ar/no-such-page")
            XCTAssertEqual(page.status, .notFound)
            XCTAssertTrue(page.contains(#"dir="rtl""#))
        }
    }

    func testLanguageSwitcherLinksToTheSamePage() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/es/privacy")
            XCTAssertTrue(page.contains(#"href="/ar/privacy" lang="ar" hreflang="ar""#))
            XCTAssertTrue(page.contains(#"href="/es/privacy" lang="es" hreflang="es" aria-current="true""#))
        }
    }
}
