import XCTest

@testable import TogetherServer

final class AuthorizationTests: XCTestCase {
    /// Every route that is not for everyone turns away a visitor who is not signed in.
    func testEveryProtectedRouteRefusesAnonymousVisitors() async throws {
        try await withTestApp { browser, _ in
            let id = UUID()
            let routes: [SiteRoute] = [
                .dashboard, .users, .password, .userRole(id: .value(id)), .userActive(id: .value(id)), .logout, .apiMe,
            ]
            for route in routes {
                guard route.access != .everyone else { continue }
                let get = try await browser.get(route.path(.english))
                let post = try await browser.post(route.path(.english), [], csrf: nil)
                for (method, page) in [("GET", get), ("POST", post)] {
                    XCTAssertTrue([303, 401, 403, 404, 405].contains(page.status.code), "\(method) \(route.path()) gave \(page.status)")
                    XCTAssertFalse(page.contains("Rania"), "\(method) \(route.path()) leaked content")
                }
            }
        }
    }

    func testStaffPagesSendVisitorsToSignInAndBack() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/fr/staff/users")
            XCTAssertEqual(page.location, "/fr/login?next=/fr/staff/users")
        }
    }

    func testOnlyAdministratorsManageTheTeam() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await services.accounts.createUser(
                email: "omar@example.org", name: "Omar", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("omar@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff").status, .ok)
            let users = try await browser.get("/en/staff/users")
            XCTAssertEqual(users.status, .forbidden)
            XCTAssertFalse(users.contains(Fixtures.adminEmail))
            let dashboard = try await browser.get("/en/staff")
            let promote = try await browser.post(
                "/en/staff/users", [("name", "X"), ("email", "x@example.org"), ("role", "admin")], csrf: dashboard.csrf)
            XCTAssertEqual(promote.status, .forbidden)
        }
    }
}
