import Crypto
import FluentKit
import Foundation
import HTTPTypes
import Logging
import TogetherStore
import XCTest

@testable import TogetherServer

/// Backups are consistent copies taken while the server runs; restoring one never brings back a
/// story withdrawn after it was taken: the withdrawal journal is replayed.
final class BackupTests: XCTestCase {
    func testARestoredBackupNeverBringsBackAStoryWithdrawnSince() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("together-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let journal = WithdrawalJournal(path: folder.appendingPathComponent("withdrawals.journal").path)
        let backup = folder.appendingPathComponent("backup.db").path
        var kept = ""
        var withdrawn = ""
        var location: DatabaseLocation?
        try await withTestApp(configure: { $0.withdrawalJournal = journal.path }) { browser, services in
            let moderator: HTTPFields = [
                .authorization: "Bearer \(try await services.accounts.createAPIToken(name: "amal", role: .moderator))"
            ]
            var first = StoriesAPITests.submission(title: "Choir on Thursdays", body: "We sing together in the town hall.")
            first["language"] = "en"
            var second = StoriesAPITests.submission(title: "Bread at dawn", body: "The ovens are warm by five.")
            second["language"] = "en"
            kept = try await TestStories.publish(first, browser: browser, moderator: moderator).id
            let story = try await TestStories.publish(second, browser: browser, moderator: moderator)
            withdrawn = story.id
            try await services.store.backup(to: backup, postgresTools: Self.postgresTools)
            do {
                try await services.store.backup(to: backup)
                XCTFail("an existing file was overwritten")
            } catch let error as BackupError {
                XCTAssertEqual(error, .exists(backup))
            }
            let gone = try await browser.json("/api/v1/my-story/withdraw", method: .post, headers: story.teller)
            XCTAssertEqual(gone.status, .ok, gone.body)
            XCTAssertEqual(try journal.erasedStories().map { $0.uuidString.lowercased() }, [withdrawn], "ids and times only")
            location = services.store.location
        }

        // Put the backup back: into a fresh SQLite file, or over the test PostgreSQL database.
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        let target: DatabaseLocation
        if case .postgres = location {
            target = try XCTUnwrap(location)
        } else {
            target = .sqlite(path: folder.appendingPathComponent("restored.sqlite").path)
        }
        try await Store.restore(backup, into: target, postgresTools: Self.postgresTools, logger: logger)
        let restored = try await Store.open(target, logger: logger)
        do {
            try await restored.migrate()
            let before = try await StoryRecord.query(on: restored.database).all(\.$id).map { $0.uuidString.lowercased() }
            XCTAssertEqual(Set(before), [kept, withdrawn], "the backup predates the withdrawal")
            let resources = try await SharedResources.shared.get()
            let services = AppServices(
                configuration: ServerConfiguration(), store: restored, resources: resources,
                vault: ContactVault(key: SymmetricKey(size: .bits256)),
                logger: logger)
            let replayed = try await services.stories.replayWithdrawals(journal)
            XCTAssertEqual(replayed, 1)
            let after = try await StoryRecord.query(on: restored.database).all(\.$id).map { $0.uuidString.lowercased() }
            XCTAssertEqual(after, [kept])
            let tombstone = try await StoryTombstone.find(UUID(uuidString: withdrawn), on: restored.database)
            XCTAssertNotNil(tombstone)
            let healthy = try await restored.integrityCheck()
            XCTAssertTrue(healthy)
            let again = try await services.stories.replayWithdrawals(journal)
            XCTAssertEqual(again, 0, "replaying twice changes nothing")
        } catch {
            await restored.shutdown()
            throw error
        }
        await restored.shutdown()
    }

    func testAFileThatIsNotABackupReplacesNothing() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("together-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let bogus = folder.appendingPathComponent("notes.txt").path
        try Data("these are not a database".utf8).write(to: URL(fileURLWithPath: bogus))
        let target = folder.appendingPathComponent("together.sqlite").path
        try Data("precious".utf8).write(to: URL(fileURLWithPath: target))
        do {
            try await Store.restore(bogus, into: .sqlite(path: target), logger: Logger(label: "test"))
            XCTFail("a text file was restored")
        } catch let error as BackupError {
            XCTAssertEqual(error, .notABackup(bogus))
        }
        XCTAssertEqual(try String(contentsOfFile: target, encoding: .utf8), "precious")
    }

    func testAnotherProgramsDatabaseReplacesNothingAndAReplacedOneIsKept() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("together-backup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        // A sound SQLite file without Together's tables.
        let foreign = folder.appendingPathComponent("foreign.sqlite").path
        let other = try await Store.open(.sqlite(path: foreign), logger: logger)
        try await other.sql.raw("CREATE TABLE notes (text TEXT)").run()
        await other.shutdown()
        let target = folder.appendingPathComponent("together.sqlite").path
        let current = try await Store.open(.sqlite(path: target), logger: logger)
        try await current.migrate()
        try await current.backup(to: folder.appendingPathComponent("good.db").path)
        await current.shutdown()
        do {
            try await Store.restore(foreign, into: .sqlite(path: target), logger: logger)
            XCTFail("another program's database was restored")
        } catch let error as BackupError {
            XCTAssertEqual(error, .notABackup(foreign))
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: target + ".before-restore"), "nothing was replaced")
        try await Store.restore(folder.appendingPathComponent("good.db").path, into: .sqlite(path: target), logger: logger)
        XCTAssertTrue(FileManager.default.fileExists(atPath: target + ".before-restore"), "the replaced database is kept beside it")
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("good.db").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600, "a backup is readable by its owner only")
    }

    /// pg_dump and pg_restore: PostgreSQL 15's folder when it is there, else PATH.
    static var postgresTools: String? {
        let folder = "/usr/lib/postgresql/15/bin"
        return FileManager.default.fileExists(atPath: folder + "/pg_dump") ? folder : nil
    }
}
