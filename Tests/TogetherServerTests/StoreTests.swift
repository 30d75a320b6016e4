import Logging
import TogetherStore
import XCTest

final class StoreTests: XCTestCase {
    func testSQLiteRunsWithWALForeignKeysAndSecureDelete() async throws {
        try XCTSkipIf(TestDatabase.postgresURL != nil, "SQLite only")
        let store = try await TestDatabase.open()
        defer { Task { await TestDatabase.close(store) } }
        func pragma(_ name: String) async throws -> String {
            let row = try await store.sql.raw("PRAGMA \(unsafeRaw: name)").first()
            let value = try XCTUnwrap(row)
            if let text = try? value.decode(column: name, as: String.self) { return text }
            return String(try value.decode(column: name, as: Int.self))
        }
        let journal = try await pragma("journal_mode")
        let foreignKeys = try await pragma("foreign_keys")
        let secureDelete = try await pragma("secure_delete")
        XCTAssertEqual(journal, "wal")
        XCTAssertEqual(foreignKeys, "1")
        XCTAssertEqual(secureDelete, "1")
    }

    func testMigratingTwiceIsHarmless() async throws {
        let store = try await TestDatabase.open()
        try await store.migrate()
        try await store.migrate()
        await TestDatabase.close(store)
    }

    func testUnreachablePostgresIsOneClearError() async throws {
        do {
            let store = try await Store.open(.postgres(url: "postgres://nobody:secret@127.0.0.1:9/none"), logger: Logger(label: "test"))
            await store.shutdown()
            XCTFail("opened a database that does not exist")
        } catch let error as StoreError {
            let text = "\(error)"
            XCTAssertEqual(
                text,
                "Cannot reach the database (PostgreSQL at 127.0.0.1:9/none): connection refused; is PostgreSQL running and listening at that address?"
            )
            XCTAssertFalse(text.contains("secret"), "the password must never be printed")
            XCTAssertFalse(text.contains("\n"))
        }
    }

    func testDatabaseURLIsReadCarefully() throws {
        XCTAssertEqual(try DatabaseLocation.resolve(databaseURL: nil, dataDirectory: "/data"), .sqlite(path: "/data/together.sqlite"))
        XCTAssertEqual(try DatabaseLocation.resolve(databaseURL: " ", dataDirectory: "d"), .sqlite(path: "d/together.sqlite"))
        XCTAssertEqual(
            try DatabaseLocation.resolve(databaseURL: "postgresql://u@h/db", dataDirectory: "d"), .postgres(url: "postgresql://u@h/db"))
        XCTAssertThrowsError(try DatabaseLocation.resolve(databaseURL: "mysql://u@h/db", dataDirectory: "d"))
    }
}
