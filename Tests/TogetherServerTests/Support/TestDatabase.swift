import Foundation
import Logging
import TogetherStore

/// The database a test runs on: a fresh SQLite file, or — when `TOGETHER_TEST_DATABASE_URL`
/// names a PostgreSQL server — that database, emptied and migrated anew for each test.
enum TestDatabase {
    static var postgresURL: String? {
        ProcessInfo.processInfo.environment["TOGETHER_TEST_DATABASE_URL"].flatMap { $0.isEmpty ? nil : $0 }
    }

    static func open() async throws -> Store {
        var logger = Logger(label: "test")
        logger.logLevel = .warning
        if let url = postgresURL {
            let store = try await Store.open(.postgres(url: url), logger: logger)
            return try await prepared(store) { try await store.resetForTesting() }
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("together-test-\(UUID().uuidString)")
        let store = try await Store.open(.sqlite(path: directory.appendingPathComponent("together.sqlite").path), logger: logger)
        return try await prepared(store) { try await store.migrate() }
    }

    /// A failed migration closes the store before the error goes up: a pool dropped unclosed
    /// crashes the whole test run instead of failing one test.
    private static func prepared(_ store: Store, _ prepare: () async throws -> Void) async throws -> Store {
        do {
            try await prepare()
            return store
        } catch {
            await store.shutdown()
            throw error
        }
    }

    /// Closes the store and removes a test's SQLite folder.
    static func close(_ store: Store) async {
        await store.shutdown()
        if case .sqlite(let path) = store.location {
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
    }
}
