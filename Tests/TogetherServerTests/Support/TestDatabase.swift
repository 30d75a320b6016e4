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
            try await store.resetForTesting()
            return store
        }
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("together-test-\(UUID().uuidString)")
        let store = try await Store.open(.sqlite(path: directory.appendingPathComponent("together.sqlite").path), logger: logger)
        try await store.migrate()
        return store
    }

    /// Closes the store and removes a test's SQLite folder.
    static func close(_ store: Store) async {
        await store.shutdown()
        if case .sqlite(let path) = store.location {
            try? FileManager.default.removeItem(atPath: (path as NSString).deletingLastPathComponent)
        }
    }
}
