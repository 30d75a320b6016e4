import HTTPTypes
import NIOCore
import XCTest

@testable import TogetherServer

/// Whatever a person sends, the answer is a page that explains, never a 500.
final class HostileInputTests: XCTestCase {
    static let values = [
        "", " ", String(repeating: "x", count: 5000), "\u{0}", "'; DROP TABLE users; --", "<script>alert(1)</script>",
        "%", "+", "زينب@مثال.عرب", "a@b", "\u{202E}evil", "🙂🙂🙂", "admin", "../../etc/passwd",
    ]

    func testFormsNeverAnswerWithAServerError() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            let setupToken = try await services.accounts.issueFirstAdministratorLink()
            let admin = TestBrowser(client: browser.client)
            try await admin.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let forms: [(TestBrowser, String, [String])] = [
                (browser, "/en/login", ["email", "password", "next"]),
                (browser, "/ar/setup/\(setupToken)", ["name", "email", "password", "confirm"]),
                (admin, "/en/staff/users", ["name", "email", "role"]),
                (admin, "/en/account/password", ["current", "password", "confirm"]),
            ]
            for (client, uri, fields) in forms {
                for value in Self.values {
                    let page = try await client.submit(uri, fields.map { ($0, value) })
                    XCTAssertLessThan(page.status.code, 500, "\(uri) with \(value.prefix(20).debugDescription)")
                    XCTAssertFalse(page.contains("<script>alert"), "\(uri) echoed markup unescaped")
                }
            }
        }
    }

    func testOddAddressesAndHeadersNeverAnswerWithAServerError() async throws {
        try await withTestApp { browser, _ in
            let uris = [
                "/en/setup/%00", "/en/staff/users/%ZZ/role", "/%D8%A7%D9%84/", "/en/" + String(repeating: "a/", count: 200),
                "/en/?notice=<b>",
                "/en/login?next=%0d%0aSet-Cookie:x", "/api/v1/me?x=%",
            ]
            for uri in uris {
                let page = try await browser.get(uri)
                XCTAssertLessThan(page.status.code, 500, uri)
            }
            for header in ["", "Bearer", "Bearer " + String(repeating: "t", count: 4000), "Basic abc", "bearer tgr_\u{1F642}"] {
                let page = try await browser.get("/api/v1/me", headers: [.authorization: header])
                XCTAssertEqual(page.status, .unauthorized, header.prefix(20).description)
            }
            for language in ["", "*;q=abc", String(repeating: "ar,", count: 1000), "zz-ZZ;q=2"] {
                let page = try await browser.get("/", headers: [.acceptLanguage: language])
                XCTAssertLessThan(page.status.code, 400)
            }
        }
    }
}
