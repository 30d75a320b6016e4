import HTTPTypes
import XCTest

@testable import TogetherServer

final class APITests: XCTestCase {
    func testBearerTokensIdentifyTheirRoleUntilRevoked() async throws {
        try await withTestApp { browser, services in
            let token = try await services.accounts.createAPIToken(name: "newsroom-bot", role: .moderator)
            XCTAssertTrue(token.hasPrefix("tgr_"))
            let me = try await browser.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            XCTAssertEqual(me.status, .ok)
            let body = try JSONSerialization.jsonObject(with: Data(me.body.utf8)) as? [String: String]
            XCTAssertEqual(body, ["name": "newsroom-bot", "role": "moderator"])

            try await services.accounts.revokeAPIToken(name: "newsroom-bot")
            let revoked = try await browser.get("/api/v1/me", headers: [.authorization: "Bearer \(token)"])
            XCTAssertEqual(revoked.status, .unauthorized)
        }
    }

    func testMissingTokenGetsAJSONError() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/api/v1/me")
            XCTAssertEqual(page.status, .unauthorized)
            XCTAssertEqual(page.headers[.wwwAuthenticate], "Bearer")
            XCTAssertEqual(page.headers[.contentType], "application/json; charset=utf-8")
            XCTAssertTrue(page.contains(#""status":401"#), page.body)
            expectEqual(try await browser.get("/api/v1/me", headers: [.authorization: "Bearer tgr_nonsense"]).status, .unauthorized)
        }
    }

    func testTokensAreStoredHashedAndNamesAreUnique() async throws {
        try await withTestApp { _, services in
            let token = try await services.accounts.createAPIToken(name: "exporter", role: .researcher)
            let rows = try await services.store.sql.raw("SELECT token_hash FROM api_tokens").all()
            XCTAssertEqual(try rows.map { try $0.decode(column: "token_hash", as: String.self) }, [SecretToken.hash(token)])
            do {
                _ = try await services.accounts.createAPIToken(name: "exporter", role: .admin)
                XCTFail("a second token with the same name was accepted")
            } catch let error as AccountError {
                XCTAssertEqual(error, .tokenNameTaken)
            }
        }
    }

    func testOpenAPIDocumentDescribesEveryAPIRoute() async throws {
        try await withTestApp { browser, _ in
            let page = try await browser.get("/api/openapi.json")
            XCTAssertEqual(page.status, .ok)
            let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(page.body.utf8)) as? [String: Any])
            XCTAssertEqual(document["openapi"] as? String, "3.1.0")
            let paths = try XCTUnwrap(document["paths"] as? [String: Any])
            // Every route that answers JSON (the API and the partners' feed), from the list of every route.
            let json = EveryRouteTests.routes.filter { $0.path().hasPrefix("/api/") || $0 == .feedJSON }
            XCTAssertGreaterThan(json.count, 20)
            for route in json + [.healthz, .metrics] {
                let path = route.path().replacingOccurrences(of: EveryRouteTests.id.uuidString.lowercased(), with: "{id}")
                XCTAssertNotNil(paths[path], "\(path) is not described")
            }
        }
    }

    func testHealthAndMetrics() async throws {
        try await withTestApp { browser, services in
            expectEqual(try await browser.get("/healthz").body, "ok\n")
            services.metrics.makeCounter(name: "together_test_total", help: "test").increment()
            let metrics = try await browser.get("/metrics")
            XCTAssertEqual(metrics.headers[.contentType], "text/plain; version=0.0.4; charset=utf-8")
            XCTAssertTrue(metrics.contains("together_test_total 1"))
        }
    }

    func testAKnownAddressAskedWithAnotherMethodSaysWhichItHas() async throws {
        try await withTestApp { browser, services in
            let trace = try await browser.send("/healthz", method: .init("TRACE")!, headers: [:], body: nil)
            XCTAssertEqual(trace.status, .methodNotAllowed)
            XCTAssertEqual(trace.headers[.allow], "GET, HEAD")
            let token = try await services.accounts.createAPIToken(name: "admin", role: .admin)
            let patch = try await browser.send(
                "/api/v1/stories/withdrawn", method: .patch, headers: [.authorization: "Bearer \(token)"], body: nil)
            XCTAssertEqual(patch.status, .methodNotAllowed, "the literal address wins over /api/v1/stories/{id}")
            let put = try await browser.send("/en/about", method: .put, headers: [:], body: nil)
            XCTAssertEqual(put.status, .methodNotAllowed)
            let unknown = try await browser.get("/en/no-such-page")
            XCTAssertEqual(unknown.status, .notFound)
        }
    }
}
