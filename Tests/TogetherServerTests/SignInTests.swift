import XCTest

@testable import TogetherServer

final class SignInTests: XCTestCase {
    func testWrongPasswordIsRefusedWithoutSayingWhichPartWasWrong() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            let wrong = try await browser.submit("/en/login", [("email", Fixtures.adminEmail), ("password", "not the password")])
            let unknown = try await browser.submit("/en/login", [("email", "nobody@example.org"), ("password", "not the password")])
            XCTAssertEqual(wrong.status, .unprocessableContent)
            XCTAssertTrue(wrong.contains("The e-mail address or the password is not right."))
            XCTAssertTrue(unknown.contains("The e-mail address or the password is not right."))
            XCTAssertNil(browser.cookies["together_session"])
        }
    }

    func testSignInAndOut() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail.uppercased(), Fixtures.adminPassword)
            let dashboard = try await browser.get("/en/staff")
            XCTAssertEqual(dashboard.status, .ok)
            XCTAssertTrue(dashboard.contains("1 administrator"))

            let out = try await browser.post("/en/logout", [], csrf: dashboard.csrf)
            XCTAssertEqual(out.location, "/en/?notice=signed-out")
            expectEqual(try await browser.get("/en/staff").status, .seeOther)
        }
    }

    func testRepeatedFailuresAreSlowedDown() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            var statuses: [Int] = []
            for _ in 0..<11 {
                statuses.append(
                    try await browser.submit("/en/login", [("email", Fixtures.adminEmail), ("password", "guess guess guess")]).status.code)
            }
            XCTAssertEqual(statuses.prefix(10).allSatisfy { $0 == 422 }, true)
            XCTAssertEqual(statuses.last, 429)
            let blocked = try await browser.submit("/en/login", [("email", Fixtures.adminEmail), ("password", Fixtures.adminPassword)])
            XCTAssertEqual(blocked.status, .tooManyRequests, "even the right password waits until the window passes")
            XCTAssertTrue(blocked.contains("Too many attempts."))
        }
    }

    func testChangingThePasswordSignsOutOtherBrowsers() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let other = TestBrowser(client: browser.client)
            try await other.signIn(Fixtures.adminEmail, Fixtures.adminPassword)

            let wrong = try await browser.submit(
                "/en/account/password",
                [("current", "nope nope nope"), ("password", "new long passphrase"), ("confirm", "new long passphrase")])
            XCTAssertEqual(wrong.status, .unprocessableContent)
            XCTAssertTrue(wrong.contains("The current password is not right."))

            let changed = try await browser.submit(
                "/en/account/password",
                [("current", Fixtures.adminPassword), ("password", "new long passphrase"), ("confirm", "new long passphrase")])
            XCTAssertEqual(changed.location, "/en/staff?notice=password-changed")
            expectEqual(try await browser.get("/en/staff").status, .ok)
            expectEqual(try await other.get("/en/staff").status, .seeOther, "the other browser is signed out")

            browser.forgetCookies()
            try await browser.signIn(Fixtures.adminEmail, "new long passphrase")
        }
    }
}
