import XCTest

@testable import TogetherServer

final class TeamManagementTests: XCTestCase {
    func testInvitedPersonChoosesAPasswordAndSignsIn() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let invited = try await browser.submit(
                "/en/staff/users", [("name", "Leila Haddad"), ("email", "leila@example.org"), ("role", "moderator")])
            XCTAssertEqual(invited.status, .ok)
            XCTAssertTrue(invited.contains("The invitation for Leila Haddad is ready."))
            let link = try XCTUnwrap(
                invited.body.range(of: #"/en/setup/[A-Za-z0-9_-]{43}"#, options: .regularExpression).map { String(invited.body[$0]) })

            let leila = TestBrowser(client: browser.client)
            let form = try await leila.get(link)
            XCTAssertTrue(form.contains("Hello Leila Haddad."))
            XCTAssertFalse(form.contains(#"name="email""#), "an invitation only asks for the password")
            let done = try await leila.post(
                link, [("password", Fixtures.staffPassword), ("confirm", Fixtures.staffPassword)], csrf: form.csrf)
            XCTAssertEqual(done.status, .seeOther)
            leila.forgetCookies()
            try await leila.signIn("leila@example.org", Fixtures.staffPassword)
        }
    }

    func testInvitationsAreValidated() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let taken = try await browser.submit(
                "/en/staff/users", [("name", "Again"), ("email", Fixtures.adminEmail), ("role", "moderator")])
            XCTAssertEqual(taken.status, .unprocessableContent)
            XCTAssertTrue(taken.contains("Someone on the team already uses this e-mail address."))
            let role = try await browser.submit("/en/staff/users", [("name", "Ana"), ("email", "ana@example.org"), ("role", "overlord")])
            XCTAssertTrue(role.contains("Choose one of the roles in the list."))
        }
    }

    func testRolesChangeButTheLastAdministratorStays() async throws {
        try await withTestApp { browser, services in
            let admin = try await Fixtures.admin(services)
            let omar = try await services.accounts.createUser(email: "omar@example.org", name: "Omar", role: .facilitator, password: nil)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let list = try await browser.get("/en/staff/users")
            let omarID = try XCTUnwrap(omar.id).uuidString.lowercased()
            let changed = try await browser.post("/en/staff/users/\(omarID)/role", [("role", "researcher")], csrf: list.csrf)
            XCTAssertEqual(changed.location, "/en/staff/users?notice=role-changed")
            expectEqual(try await services.accounts.users().first { $0.email == "omar@example.org" }?.role, .researcher)

            let adminID = try XCTUnwrap(admin.id).uuidString.lowercased()
            let demote = try await browser.post("/en/staff/users/\(adminID)/role", [("role", "moderator")], csrf: list.csrf)
            XCTAssertEqual(demote.status, .unprocessableContent)
            XCTAssertTrue(demote.contains("This is the last administrator."))
            let deactivate = try await browser.post("/en/staff/users/\(adminID)/active", [("active", "false")], csrf: list.csrf)
            XCTAssertEqual(deactivate.status, .unprocessableContent)
            expectEqual(try await browser.post("/en/staff/users/not-a-uuid/role", [("role", "admin")], csrf: list.csrf).status, .notFound)
        }
    }

    func testDeactivatedPeopleAreSignedOutAndCannotSignIn() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            let omar = try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .moderator, password: Fixtures.staffPassword)
            let omarBrowser = TestBrowser(client: browser.client)
            try await omarBrowser.signIn("omar@example.org", Fixtures.staffPassword)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let list = try await browser.get("/en/staff/users")
            let id = try XCTUnwrap(omar.id).uuidString.lowercased()
            expectEqual(try await browser.post("/en/staff/users/\(id)/active", [("active", "false")], csrf: list.csrf).status, .seeOther)
            expectEqual(try await omarBrowser.get("/en/staff").status, .seeOther)
            omarBrowser.forgetCookies()
            let again = try await omarBrowser.submit("/en/login", [("email", "omar@example.org"), ("password", Fixtures.staffPassword)])
            XCTAssertEqual(again.status, .unprocessableContent)
        }
    }

    func testTeamPageFormatsDatesForTheReader() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let year = Calendar(identifier: .gregorian).component(.year, from: Date())
            let english = try await browser.get("/en/staff/users")
            XCTAssertTrue(english.contains("\(year)"))
            XCTAssertTrue(english.contains("1 account"))
            let arabic = try await browser.get("/ar/staff/users")
            XCTAssertTrue(arabic.contains(#"dir="rtl""#))
            XCTAssertFalse(arabic.contains("1 account"))
        }
    }
}
