import XCTest

@testable import TogetherServer

/// Logs are read by more people than the data is: they must hold no personal details or secrets.
final class PrivacyInLogsTests: XCTestCase {
    func testAFullStaffJourneyLeavesNoPersonalDataInTheLogs() async throws {
        let capture = LogCapture()
        var secrets: [String] = []
        try await withTestApp(logger: capture.logger()) { browser, services in
            let token = try await services.accounts.issueFirstAdministratorLink()
            secrets.append(token)
            try await browser.submit(
                "/en/setup/\(token)",
                [
                    ("name", "Rania Aziz"), ("email", Fixtures.adminEmail), ("password", Fixtures.adminPassword),
                    ("confirm", Fixtures.adminPassword),
                ])
            _ = try await browser.submit("/en/login", [("email", "someone.else@example.org"), ("password", "a wrong guess here")])
            try await browser.submit("/en/staff/users", [("name", "Leila Haddad"), ("email", "leila@example.org"), ("role", "moderator")])
            let apiToken = try await services.accounts.createAPIToken(name: "bot", role: .researcher)
            secrets.append(apiToken)
            try await browser.get("/api/v1/me", headers: [.authorization: "Bearer \(apiToken)"])
            secrets += browser.cookies.filter { $0.key != "together_lang" }.map(\.value)
        }
        let log = capture.text
        XCTAssertTrue(log.contains("request"), "the test must actually capture request logs")
        for needle in [
            Fixtures.adminEmail, "someone.else@example.org", "leila@example.org", "Rania Aziz", "Leila Haddad", Fixtures.adminPassword,
        ]
            + secrets
        {
            XCTAssertFalse(log.contains(needle), "the log contains \(needle)")
        }
    }
}
