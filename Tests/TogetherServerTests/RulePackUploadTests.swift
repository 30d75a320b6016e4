import Foundation
import XCTest

@testable import TogetherServer

/// Administrators add partners' rule packs without recompiling; broken ones are refused with their line.
final class RulePackUploadTests: XCTestCase {
    static let pack = """
        pack: en
        rules:
          - id: en.berlin-welcome-circle
            category: jargon
            severity: warning
            terms: [welcome circle members]
            message: { en: "Say where people are from." }
            source: none
            examples:
              flag: ["Welcome circle members may apply."]
              pass: ["People from outside the EU may apply."]
        """

    func testAnAdministratorAddsAPackThatTheCheckerUsesAtOnceAndRemovesIt() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let page = try await browser.get("/en/staff/rule-packs")
            XCTAssertEqual(page.status, .ok)
            let before = try await browser.json(
                "/api/check", method: .post, ["text": "Welcome circle members may apply.", "language": "en"])
            XCTAssertEqual((before.object["findings"] as? [Any])?.count, 0)

            let added = try await browser.post("/en/staff/rule-packs", [("name", "berlin"), ("yaml", Self.pack)], csrf: page.csrf)
            XCTAssertEqual(added.status, .seeOther)
            let after = try await browser.json(
                "/api/check", method: .post, ["text": "Welcome circle members may apply.", "language": "en"])
            XCTAssertEqual((after.object["findings"] as? [[String: Any]])?.first?["rule"] as? String, "en.berlin-welcome-circle")
            let listed = try await browser.get("/en/staff/rule-packs")
            XCTAssertTrue(listed.contains("berlin.yaml"))

            // A restart keeps it.
            services.checkers.use(try services.checkers.checker(adding: []))
            try await services.refreshSiteState()
            XCTAssertEqual(services.checker.check("Welcome circle members.", options: .init(language: "en")).findings.count, 1)

            let stored = try await RulePackLibrary(services: services).all()
            let record = try XCTUnwrap(stored.first)
            let removed = try await browser.post(
                "/en/staff/rule-packs/\(try record.requireID().uuidString.lowercased())/remove", [], csrf: listed.csrf)
            XCTAssertEqual(removed.status, .seeOther)
            XCTAssertEqual(services.checker.check("Welcome circle members.", options: .init(language: "en")).findings.count, 0)
        }
    }

    func testAStoredPackThatNoLongerReadsIsShownAsNotInUse() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let page = try await browser.get("/en/staff/rule-packs")
            _ = try await browser.post("/en/staff/rule-packs", [("name", "berlin"), ("yaml", Self.pack)], csrf: page.csrf)
            // As if stored before the format refused unknown keys: a misspelt key the old reader ignored.
            let record = try await XCTUnwrapAsync(try await RulePackLibrary(services: services).all().first)
            record.source = Self.pack.replacingOccurrences(of: "    source: none", with: "    source: none\n    migration_only: true")
            try await record.save(on: services.store.database)
            try await services.refreshSiteState()
            let listed = try await browser.get("/en/staff/rule-packs")
            XCTAssertTrue(listed.contains("Not in use: berlin.yaml:"), listed.body)
            XCTAssertTrue(listed.contains("unknown key `migration_only`"))
            XCTAssertEqual(
                services.checker.check("Welcome circle members may apply.", options: .init(language: "en")).findings.count, 0,
                "the pack is left out; the built-in packs keep working")
        }
    }

    func testABrokenPackIsRefusedWithItsLineAndTheRulesInUseStay() async throws {
        try await withTestApp { browser, services in
            try await Fixtures.admin(services)
            try await browser.signIn(Fixtures.adminEmail, Fixtures.adminPassword)
            let page = try await browser.get("/en/staff/rule-packs")
            let broken = try await browser.post(
                "/en/staff/rule-packs", [("name", "broken"), ("yaml", Self.pack.replacingOccurrences(of: "jargon", with: "jargonn"))],
                csrf: page.csrf)
            XCTAssertEqual(broken.status, .unprocessableContent)
            XCTAssertTrue(broken.contains("broken.yaml:4: rule en.berlin-welcome-circle: unknown category “jargonn”."), broken.body)
            let wrongExample = try await browser.post(
                "/en/staff/rule-packs",
                [
                    ("name", "wrong"),
                    ("yaml", Self.pack.replacingOccurrences(of: "People from outside", with: "Welcome circle members from outside")),
                ],
                csrf: page.csrf)
            XCTAssertEqual(wrongExample.status, .unprocessableContent)
            XCTAssertTrue(wrongExample.contains("should not flag"), wrongExample.body)
            let twoWrong = try await browser.post(
                "/en/staff/rule-packs",
                [
                    ("name", "two-wrong"),
                    (
                        "yaml",
                        Self.pack.replacingOccurrences(of: "People from outside", with: "Welcome circle members from outside")
                            .replacingOccurrences(of: "Welcome circle members may apply.", with: "Circle members may apply.")
                    ),
                ],
                csrf: page.csrf)
            XCTAssertEqual(twoWrong.status, .unprocessableContent)
            XCTAssertTrue(
                twoWrong.contains("should flag “Circle members may apply.”") && twoWrong.contains("should not flag"),
                "every failing example is listed, not only the first: \(twoWrong.body)")
            let illegal = services.checker.check("Police held illegal immigrants.", options: .init(language: "en"))
            XCTAssertEqual(illegal.findings.count, 1, "the built-in packs keep working")
            expectTrue(try await RulePackLibrary(services: services).all().isEmpty)
        }
    }

    func testOnlyAdministratorsManagePacks() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "amal@example.org", name: "Amal", role: .moderator, password: Fixtures.staffPassword)
            try await browser.signIn("amal@example.org", Fixtures.staffPassword)
            expectEqual(try await browser.get("/en/staff/rule-packs").status, .forbidden)
        }
    }
}
