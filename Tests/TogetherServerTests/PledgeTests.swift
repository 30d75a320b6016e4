import FluentKit
import Foundation
import TogetherStore
import XCTest

@testable import TogetherServer

/// Pledge campaigns: staff write them (the checker reads them first), anyone signs once per browser
/// without an account, partners show the counter.
final class PledgeTests: XCTestCase {
    static let words = "I will speak up when a neighbour is treated unfairly because of where they come from."

    /// Writes and opens a pledge as a facilitator; returns its id.
    static func open(_ browser: TestBrowser, services: AppServices, text: String = words) async throws -> UUID {
        try await services.accounts.createUser(
            email: "noor@example.org", name: "Noor", role: .facilitator, password: Fixtures.staffPassword)
        try await browser.signIn("noor@example.org", Fixtures.staffPassword)
        let created = try await browser.submit(
            "/en/staff/pledges", to: "/en/staff/pledges/new",
            [("title", "Stand up today"), ("text", text), ("language", "en"), ("milestones", "2, 5")])
        XCTAssertEqual(created.status, .found, created.body)
        let manage = try XCTUnwrap(created.location)
        let opened = try await browser.submit(manage, to: manage + "/status", [("status", "open")])
        XCTAssertEqual(opened.status, .found, opened.body)
        browser.forgetCookies()
        return try XCTUnwrap(UUID(uuidString: String(manage.split(separator: "/").last ?? "")))
    }

    func testAnyoneSignsOncePerBrowserWithoutAnAccount() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.open(browser, services: services)
            let path = "/en/pledges/\(id.uuidString.lowercased())"
            let page = try await browser.get(path)
            XCTAssertTrue(page.contains("Signatures: 0"))
            XCTAssertTrue(page.contains("Next milestone: 2"))
            let signed = try await browser.post(path + "/sign", [("first_name", "Mira")], csrf: page.csrf)
            XCTAssertTrue(signed.contains("Thank you for signing."))
            XCTAssertTrue(signed.contains("Signatures: 1"))
            XCTAssertTrue(signed.contains("Recently signed by: Mira"))
            let again = try await browser.post(path + "/sign", [("first_name", "Mira")], csrf: page.csrf)
            XCTAssertTrue(again.contains("You have already signed this pledge from this browser."))
            XCTAssertTrue(again.contains("Signatures: 1"))
            browser.forgetCookies()
            let other = try await browser.get(path)
            try await browser.post(path + "/sign", [], csrf: other.csrf)
            let count = try await PledgeSignatureRecord.query(on: services.store.database).count()
            XCTAssertEqual(count, 2)
            let stored = try await PledgeSignatureRecord.query(on: services.store.database).all()
            XCTAssertEqual(Set(stored.map(\.firstName)), ["Mira", ""], "a first name only if given, nothing else")
            let list = try await browser.get("/en/pledges")
            XCTAssertTrue(list.contains("Stand up today"))

            // Staff take a name off a signature; it still counts.
            try await browser.signIn("noor@example.org", Fixtures.staffPassword)
            let manage = "/en/staff/pledges/\(id.uuidString.lowercased())"
            let staffPage = try await browser.get(manage)
            XCTAssertTrue(staffPage.contains("<bdi>Mira</bdi>"))
            let mira = try XCTUnwrap(stored.first { $0.firstName == "Mira" }?.id)
            let removed = try await browser.post(manage + "/remove-name", [("signature", mira.uuidString)], csrf: staffPage.csrf)
            XCTAssertEqual(removed.status, .found)
            browser.forgetCookies()
            let after = try await browser.get(path)
            XCTAssertFalse(after.contains("Mira"))
            XCTAssertTrue(after.contains("Signatures: 2"))
        }
    }

    func testTheSameBrowserSigningManyTimesAtOnceCountsOnce() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.open(browser, services: services)
            let found = try await services.pledges.pledge(id)
            let pledge = try XCTUnwrap(found)
            let results = await withTaskGroup(of: Bool.self) { group in
                for _ in 0..<10 {
                    group.addTask { (try? await services.pledges.sign(pledge, keyHash: "same-browser", firstName: "")) == nil }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            XCTAssertEqual(results.filter { $0 }.count, 1)
            let count = try await services.pledges.count(id)
            XCTAssertEqual(count, 1)
        }
    }

    func testWordsTheCheckerFindsAnErrorInCannotBeOpened() async throws {
        try await withTestApp { browser, services in
            try await services.accounts.createUser(
                email: "noor@example.org", name: "Noor", role: .facilitator, password: Fixtures.staffPassword)
            try await browser.signIn("noor@example.org", Fixtures.staffPassword)
            let created = try await browser.submit(
                "/en/staff/pledges", to: "/en/staff/pledges/new",
                [("title", "Welcome"), ("text", "I will welcome illegals in my street."), ("language", "en"), ("milestones", "")])
            let manage = try XCTUnwrap(created.location)
            let refused = try await browser.submit(manage, to: manage + "/status", [("status", "open")])
            XCTAssertEqual(refused.status, .unprocessableContent)
            XCTAssertTrue(refused.contains("The message checker finds an error in these words"))
            let id = try XCTUnwrap(UUID(uuidString: String(manage.split(separator: "/").last ?? "")))
            browser.forgetCookies()
            expectEqual(try await browser.get("/en/pledges/\(id.uuidString.lowercased())").status, .notFound, "drafts are not public")
            let bad = try await browser.post("/en/staff/pledges/new", [("title", ""), ("text", "x")], csrf: nil)
            XCTAssertEqual(bad.status, .forbidden, "no form token, no write")
        }
    }

    func testPartnersShowTheCounterAndReadItAsJSON() async throws {
        try await withTestApp { browser, services in
            let id = try await Self.open(browser, services: services)
            let embed = try await browser.get("/embed/pledges/\(id.uuidString.lowercased())?lang=ar")
            XCTAssertEqual(embed.status, .ok)
            XCTAssertTrue(embed.contains("lang=\"ar\" dir=\"rtl\""))
            XCTAssertTrue((embed.headers[.contentSecurityPolicy] ?? "").contains("frame-ancestors *"), "partners may frame it")
            let json = try await browser.get("/api/v1/pledges/\(id.uuidString.lowercased())")
            let object = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.body.utf8)) as? [String: Any])
            XCTAssertEqual(object["signatures"] as? Int, 0)
            XCTAssertEqual(object["milestones"] as? [Int], [2, 5])
            expectEqual(try await browser.get("/api/v1/pledges/\(UUID().uuidString)").status, .notFound)
        }
    }
}
