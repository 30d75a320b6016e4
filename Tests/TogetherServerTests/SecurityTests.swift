import HTTPTypes
import NIOCore
import XCTest

@testable import TogetherServer

final class SecurityTests: XCTestCase {
    func testEveryResponseCarriesStrictHeaders() async throws {
        try await withTestApp { browser, _ in
            for uri in ["/en/", "/en/no-such-page", "/healthz", "/api/v1/me", "/"] {
                let page = try await browser.get(uri)
                let csp = try XCTUnwrap(page.headers[.contentSecurityPolicy], uri)
                XCTAssertFalse(csp.contains("unsafe-inline"), uri)
                XCTAssertTrue(csp.contains("frame-ancestors 'none'"), uri)
                XCTAssertEqual(page.headers[.xContentTypeOptions], "nosniff", uri)
                XCTAssertEqual(page.headers[HTTPField.Name("Referrer-Policy")!], "same-origin", uri)
                XCTAssertNil(page.headers[.strictTransportSecurity], "no HSTS over plain HTTP")
            }
        }
    }

    func testBehindTLSCookiesAreSecureAndHSTSIsOn() async throws {
        try await withTestApp(configure: { $0.publicURL = "https://together.example.org" }) { browser, _ in
            let page = try await browser.get("/en/login")
            XCTAssertEqual(page.headers[.strictTransportSecurity], "max-age=63072000; includeSubDomains")
            let cookie = try XCTUnwrap(page.headers[values: .setCookie].first { $0.hasPrefix("__Host-together_csrf=") })
            XCTAssertTrue(cookie.contains("Secure"))
            XCTAssertTrue(cookie.contains("HttpOnly"))
            XCTAssertTrue(cookie.contains("SameSite=Lax"))
        }
    }

    func testPagesWithoutFormsSetNoCookies() async throws {
        try await withTestApp { browser, _ in
            expectTrue(try await browser.get("/en/about").headers[values: .setCookie].allSatisfy { $0.hasPrefix("together_lang=") })
        }
    }

    func testFormPostsNeedTheAntiForgeryToken() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            _ = try await browser.get("/en/login")
            let missing = try await browser.post(
                "/en/login", [("email", Fixtures.adminEmail), ("password", Fixtures.adminPassword)], csrf: nil)
            XCTAssertEqual(missing.status, .forbidden)
            XCTAssertTrue(missing.contains("This form has expired"))
            let forged = try await browser.post(
                "/en/login", [("email", Fixtures.adminEmail), ("password", Fixtures.adminPassword)],
                csrf: "A" + String(repeating: "b", count: 42))
            XCTAssertEqual(forged.status, .forbidden)
            XCTAssertNil(browser.cookies["together_session"])
        }
    }

    func testOversizedBodiesAreRefusedWith413() async throws {
        try await withTestApp { browser, _ in
            let big = String(repeating: "a", count: 70 * 1024)
            let page = try await browser.post("/en/login", [("email", big)], csrf: "x")
            XCTAssertEqual(page.status, .contentTooLarge)
            XCTAssertTrue(page.contains("That was too large"))
        }
    }

    func testMalformedAndForeignBodiesGetAClearPageNotA500() async throws {
        try await withTestApp { browser, _ in
            let login = try await browser.get("/en/login")
            let malformed = try await browser.send(
                "/en/login", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                body: ByteBuffer(string: "email=%ZZ&_csrf=\(login.csrf!)"))
            XCTAssertEqual(malformed.status, .badRequest)
            let json = try await browser.send(
                "/en/login", method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: "{}"))
            XCTAssertEqual(json.status, .unsupportedMediaType)
        }
    }

    func testSignInSendsOnlyToPagesOfThisSite() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            let page = try await browser.submit(
                "/en/login", [("email", Fixtures.adminEmail), ("password", Fixtures.adminPassword), ("next", "//evil.example/")])
            XCTAssertEqual(page.location, "/en/staff?notice=signed-in")
        }
    }

    func testSessionsAreStoredHashed() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let cookie = try XCTUnwrap(browser.cookies["together_session"])
            let rows = try await services.store.sql.raw("SELECT token_hash FROM sessions").all()
            let stored = try rows.map { try $0.decode(column: "token_hash", as: String.self) }
            XCTAssertEqual(stored, [SecretToken.hash(cookie)])
            XCTAssertFalse(stored.contains(cookie))
        }
    }
}
