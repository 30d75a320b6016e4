import XCTest

@testable import TogetherServer

/// Each page, with its stylesheet, stays under 30 KB so it loads on a slow, expensive connection.
final class PageWeightTests: XCTestCase {
    func testPagesStayUnderThirtyKilobytes() async throws {
        try await withTestApp { browser, services in
            let css = try await browser.get(SiteRoute.stylesheet.path())
            XCTAssertEqual(css.status, .ok)
            XCTAssertEqual(css.headers[.cacheControl], "public, max-age=31536000, immutable")
            try await Fixtures.admin(services)
            let visitor = TestBrowser(client: browser.client)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let visitorPages = ["/en/", "/ar/", "/en/about", "/ar/privacy", "/en/login", "/ar/login"].map { (visitor, $0) }
            let staffPages = ["/en/staff", "/ar/staff/users", "/fr/account/password"].map { (browser, $0) }
            for (browser, uri) in visitorPages + staffPages {
                let page = try await browser.get(uri)
                XCTAssertEqual(page.status, .ok, uri)
                let bytes = page.body.utf8.count + css.body.utf8.count
                XCTAssertLessThan(bytes, 30 * 1024, "\(uri) weighs \(bytes) bytes with its stylesheet")
                XCTAssertFalse(page.contains("<script"), "\(uri) must work without JavaScript")
                XCTAssertFalse(page.contains("style=\""), "\(uri) has an inline style the CSP would block")
            }
        }
    }
}

final class StylesheetMinifierTests: XCTestCase {
    func testCommentsAndSpacesGoButSelectorsKeepTheirMeaning() {
        let css = "/* palette */\n.menu :focus-visible {\n  color: red;\n  margin: 0 auto;\n}\n\n.a > .b { padding: 1rem }\n"
        XCTAssertEqual(StylesheetMinifier.minify(css), ".menu :focus-visible{color:red;margin:0 auto}.a > .b{padding:1rem}")
    }

    func testQuotedTextIsLeftAsItIs() {
        let css = "body { font: 1rem \"Noto Sans, Arabic\", sans-serif; }\n.x::after { content: \": \"; }"
        XCTAssertEqual(StylesheetMinifier.minify(css), "body{font:1rem \"Noto Sans, Arabic\",sans-serif}.x::after{content:\": \"}")
    }
}
