import XCTest

@testable import TogetherServer

final class SetupTests: XCTestCase {
    func testFirstAdministratorIsCreatedThroughTheOneTimeLink() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.issueFirstAdministratorLink()
            let link = "/en/setup/\(token)"
            expectEqual(try await browser.get(link).status, .ok)

            let short = try await browser.submit(
                link, [("name", "Rania Aziz"), ("email", "rania@example.org"), ("password", "short"), ("confirm", "short")])
            XCTAssertEqual(short.status, .unprocessableContent)
            XCTAssertTrue(short.contains("Choose a password of at least 12 characters."))
            XCTAssertTrue(short.contains(#"value="Rania Aziz""#), "what was typed is kept")
            XCTAssertTrue(short.contains(#"aria-invalid="true""#))

            let done = try await browser.submit(
                link,
                [
                    ("name", "Rania Aziz"), ("email", "Rania@Example.org"), ("password", Fixtures.adminPassword),
                    ("confirm", Fixtures.adminPassword),
                ])
            XCTAssertEqual(done.status, .seeOther)
            XCTAssertEqual(done.location, "/en/staff?notice=setup-done")
            let dashboard = try await browser.get("/en/staff?notice=setup-done")
            XCTAssertTrue(dashboard.contains("Welcome, Rania Aziz."))
            XCTAssertTrue(dashboard.contains("Your account is ready."))

            expectEqual(try await browser.get(link).status, .gone, "the link works once")
            expectTrue(try await services.accounts.administratorExists())
        }
    }

    func testSetupErrorsAreInTheReadersLanguage() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.issueFirstAdministratorLink()
            let page = try await browser.submit(
                "/ar/setup/\(token)",
                [("name", "رانيا"), ("email", "not-an-address"), ("password", Fixtures.adminPassword), ("confirm", Fixtures.adminPassword)])
            XCTAssertEqual(page.status, .unprocessableContent)
            XCTAssertTrue(page.contains(#"dir="rtl""#))
            XCTAssertFalse(page.contains("Enter an e-mail address like"), "the error must be translated")
            XCTAssertTrue(page.contains("name@example.org"))
        }
    }

    func testExpiredOrUnknownLinksAreGone() async throws {
        try await withTestApp { browser, services in
            expectEqual(try await browser.get("/en/setup/" + String(repeating: "x", count: 43)).status, .gone)
            expectEqual(try await browser.get("/en/setup/short").status, .gone)
            let old = try await services.accounts.issueFirstAdministratorLink()
            _ = try await services.accounts.issueFirstAdministratorLink()
            expectEqual(try await browser.get("/en/setup/\(old)").status, .gone, "a new link replaces the old one")
        }
    }

    func testLinkStopsWorkingOnceAnAdministratorExists() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.issueFirstAdministratorLink()
            try await Fixtures.admin(services)
            expectEqual(try await browser.get("/en/setup/\(token)").status, .gone)
        }
    }
}
