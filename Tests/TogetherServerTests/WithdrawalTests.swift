import FluentKit
import Foundation
import HTTPTypes
import TogetherStore
import XCTest

@testable import TogetherServer

/// Withdrawal erases: the words must be gone from the pages, the API and the database files themselves.
final class WithdrawalTests: XCTestCase {
    func testWithdrawalErasesTheStoryEverywhereAndLeavesATombstone() async throws {
        // Letters only: digits in the marker could read as a phone or document number and hold publication.
        let marker = "ZAYTUN-" + String((0..<24).map { _ in "ABCDEFGHIJKLMNOPQRSTUVWXYZ".randomElement()! })
        try await withTestApp { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            let created = try await browser.json(
                "/api/v1/stories", method: .post,
                StoriesAPITests.submission(
                    title: "Title \(marker)", body: "The words \(marker) of a story.", extra: ["contact": "contact \(marker)"]))
            let id = try XCTUnwrap(created.object["id"] as? String)
            let teller: HTTPFields = [.authorization: "Receipt \(created.object["receipt"]!)"]
            _ = try await browser.json(
                "/api/v1/stories/\(id)", method: .patch, ["body": "Edited: \(marker) still here."], headers: moderator)
            _ = try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: moderator)
            _ = try await browser.json(
                "/api/v1/my-story/request-changes", method: .post, ["message": "Please keep \(marker)."], headers: teller)
            _ = try await browser.json("/api/v1/stories/\(id)/request-approval", method: .post, headers: moderator)
            _ = try await browser.json("/api/v1/my-story/approve", method: .post, ["version": 2], headers: teller)
            _ = try await browser.json("/api/v1/stories/\(id)/publish", method: .post, headers: moderator)
            expectTrue(try await browser.json("/api/v1/stories/\(id)").body.contains(marker), "published before withdrawal")
            let found = try await browser.json("/api/v1/stories?q=\(marker.lowercased())")
            XCTAssertEqual((found.object["items"] as? [[String: Any]])?.count, 1, "findable before withdrawal")

            let before = Date()
            let withdrawn = try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: teller)
            XCTAssertEqual(withdrawn.status, .ok)

            expectEqual(try await browser.json("/api/v1/stories/\(id)").status, .gone)
            expectEqual(try await browser.json("/api/v1/my-story", headers: teller).status, .unauthorized)
            expectFalse(try await browser.json("/api/v1/stories").body.contains(marker))
            expectEqual((try await browser.json("/api/v1/stories?q=\(marker)").object["items"] as? [[String: Any]])?.count, 0)
            let since = ISO8601DateFormatter().string(from: before.addingTimeInterval(-60))
            let tombstones = try await browser.json("/api/v1/stories/withdrawn?since=\(since)")
            XCTAssertEqual(
                (tombstones.object["items"] as? [[String: Any]])?.compactMap { $0["id"] as? String }.map { $0.lowercased() },
                [id.lowercased()])

            // Nothing of the story in any table.
            for table in ["stories", "story_versions", "story_consents"] {
                let count = try await services.store.sql.raw("SELECT COUNT(*) AS n FROM \(unsafeRaw: table)").first()?.decode(
                    column: "n", as: Int.self)
                XCTAssertEqual(count, 0, table)
            }
            // The audit log kept who did what, never the words.
            let audit = try await AuditEvent.query(on: services.store.database).all()
            XCTAssertEqual(
                audit.map(\.action).sorted(),
                ["approve", "edit", "publish", "request-approval", "request-approval", "request-changes", "submit", "withdraw"])
            XCTAssertTrue(audit.contains { $0.action == "withdraw" && $0.actorRole == "teller" })

            // Not in the database files either. SQLite: main file and write-ahead log, at once.
            // PostgreSQL: every table and index file, after the scheduled compaction.
            var files: [String] = []
            if case .sqlite(let path) = services.store.location { files = [path, path + "-wal"] }
            if services.store.isPostgres, let data = ProcessInfo.processInfo.environment["TOGETHER_TEST_PG_DATA"] {
                expectTrue(try await ErasureCompactionService(services: services).compactIfNeeded(), "a withdrawal calls for compaction")
                expectFalse(try await ErasureCompactionService(services: services).compactIfNeeded(), "once is enough")
                // Pages reach the files at a checkpoint; force one so the files hold everything there is.
                try await services.store.sql.raw("CHECKPOINT").run()
                let base = URL(fileURLWithPath: data).appendingPathComponent("base")
                let enumerator = FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)
                while let url = enumerator?.nextObject() as? URL { files.append(url.path) }
                XCTAssertGreaterThan(files.count, 100, "the cluster's files were found")
            }
            do {
                for file in files {
                    guard let bytes = FileManager.default.contents(atPath: file) else { continue }
                    // The search index keeps words folded to lower case: look for both spellings.
                    for spelling in [marker, marker.lowercased()] {
                        XCTAssertNil(bytes.range(of: Data(spelling.utf8)), "\(file) still holds the story's words (\(spelling))")
                    }
                }
            }
        }
    }
}
