import FluentKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Logging
import NIOCore
import NIOPosix
import SQLKit

/// The database behind Together: opened once, shared by every request, closed on shutdown.
public final class Store: Sendable {
    public let location: DatabaseLocation
    let databases: Databases
    let eventLoopGroup: any EventLoopGroup
    let ownsEventLoopGroup: Bool
    let logger: Logger
    /// SQLite only: connections that only read, beside the one that writes (decision 0009).
    let readers: (databases: Databases, group: any EventLoopGroup)?

    init(
        location: DatabaseLocation, databases: Databases, eventLoopGroup: any EventLoopGroup, ownsEventLoopGroup: Bool,
        readers: (databases: Databases, group: any EventLoopGroup)? = nil, logger: Logger
    ) {
        self.location = location
        self.databases = databases
        self.eventLoopGroup = eventLoopGroup
        self.ownsEventLoopGroup = ownsEventLoopGroup
        self.readers = readers
        // SQL is logged at trace with its bound values, which can be personal data: never go that low.
        var logger = logger
        if logger.logLevel < .debug { logger.logLevel = .debug }
        self.logger = logger
    }

    /// A database handle for one unit of work.
    public var database: any Database {
        databases.database(logger: logger, on: eventLoopGroup.any())!
    }

    /// For the few queries Fluent cannot say (full-text search, pragmas): kept in Queries/.
    public var sql: any SQLDatabase { database as! any SQLDatabase }

    /// A handle for reading published material. On SQLite, reads go to their own connections, so
    /// readers do not queue behind each other or behind a writer (WAL lets them run side by side);
    /// on PostgreSQL it is the same pool as ``database``.
    public var reader: any Database {
        guard let readers else { return database }
        return readers.databases.database(logger: logger, on: readers.group.any())!
    }

    public var readSQL: any SQLDatabase { reader as! any SQLDatabase }

    /// The first connection is tried with a silent logger: a failure becomes one ``StoreError``
    /// line, not a pool's log dump.
    private var quietSQL: any SQLDatabase {
        var quiet = logger
        quiet.logLevel = .critical
        return databases.database(logger: quiet, on: eventLoopGroup.any())! as! any SQLDatabase
    }

    public var isPostgres: Bool {
        if case .postgres = location { return true }
        return false
    }

    /// Opens the database and checks it answers, so a wrong address fails at start with one clear line.
    public static func open(_ location: DatabaseLocation, logger: Logger) async throws(StoreError) -> Store {
        let store: Store
        switch location {
        case .sqlite(let path):
            try createParentDirectory(of: path)
            // SQLite serialises writers anyway; one connection on its own loop keeps the pragmas below in force.
            let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
            let databases = Databases(threadPool: .singleton, on: group)
            databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            // Readers: as many as there are cores to run them, each opened when first needed.
            let readerGroup = MultiThreadedEventLoopGroup(numberOfThreads: max(2, System.coreCount))
            let readerDatabases = Databases(threadPool: .singleton, on: readerGroup)
            readerDatabases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            store = Store(
                location: location, databases: databases, eventLoopGroup: group, ownsEventLoopGroup: true,
                readers: (readerDatabases, readerGroup), logger: logger)
        case .postgres(let url):
            let configuration: SQLPostgresConfiguration
            do { configuration = try SQLPostgresConfiguration(url: url) } catch { throw StoreError.invalidPostgresURL }
            let databases = Databases(threadPool: .singleton, on: MultiThreadedEventLoopGroup.singleton)
            databases.use(.postgres(configuration: configuration, sqlLogLevel: .trace), as: .psql)
            store = Store(
                location: location, databases: databases, eventLoopGroup: MultiThreadedEventLoopGroup.singleton,
                ownsEventLoopGroup: false, logger: logger)
        }
        do {
            try await store.configureConnection()
        } catch {
            await store.shutdown()
            throw StoreError.unreachable(location: location.description, reason: Self.explain(error))
        }
        return store
    }

    private func configureConnection() async throws {
        let sql = quietSQL
        switch location {
        case .sqlite:
            // WAL lets readers go on while one writer writes; secure_delete overwrites erased
            // content so that a withdrawn story does not linger in free pages.
            try await sql.raw("PRAGMA journal_mode = WAL").run()
            try await sql.raw("PRAGMA foreign_keys = ON").run()
            try await sql.raw("PRAGMA secure_delete = ON").run()
            try await sql.raw("PRAGMA busy_timeout = 5000").run()
            try await configureReaders()
        case .postgres:
            try await sql.raw("SELECT 1").run()
        }
    }

    /// Each reading connection (one per event loop of the readers' group) reads the file through a
    /// memory map, so a search touching pages all over a large database costs no system call per
    /// page; SQLite maps read-only, and pages past the map's end are read as usual.
    private func configureReaders() async throws {
        guard let readers else { return }
        for loop in readers.group.makeIterator() {
            guard let sql = readers.databases.database(logger: logger, on: loop) as? any SQLDatabase else { continue }
            try await sql.raw("PRAGMA busy_timeout = 5000").run()
            try await sql.raw("PRAGMA mmap_size = 1073741824").run()
        }
    }

    /// Brings the schema up to date; safe to run on every start.
    public func migrate() async throws(StoreError) {
        do {
            let migrator = makeMigrator()
            try await migrator.setupIfNeeded().get()
            try await migrator.prepareBatch().get()
        } catch {
            throw StoreError.migrationFailed(reason: Self.oneLine(error))
        }
    }

    /// Drops everything and migrates again: for tests that share one PostgreSQL database.
    public func resetForTesting() async throws {
        let migrator = makeMigrator()
        try await migrator.setupIfNeeded().get()
        try await migrator.revertAllBatches().get()
        try await migrator.prepareBatch().get()
    }

    private func makeMigrator() -> Migrator {
        let migrations = Migrations()
        migrations.add(Migrations.together)
        return Migrator(databases: databases, migrations: migrations, logger: logger, on: eventLoopGroup.any(), migrationLogLevel: .debug)
    }

    public func shutdown() async {
        if let readers {
            await readers.databases.shutdownAsync()
            try? await readers.group.shutdownGracefully()
        }
        await databases.shutdownAsync()
        if ownsEventLoopGroup { try? await eventLoopGroup.shutdownGracefully() }
    }

    private static func createParentDirectory(of path: String) throws(StoreError) {
        let directory = (path as NSString).deletingLastPathComponent
        guard !directory.isEmpty else { return }
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw StoreError.dataDirectoryNotWritable(directory)
        }
        guard FileManager.default.isWritableFile(atPath: directory) else { throw StoreError.dataDirectoryNotWritable(directory) }
    }

    /// The usual reasons in plain words; anything else as the driver said it, on one line.
    static func explain(_ error: any Error) -> String {
        let text = String(reflecting: error)
        let known: [(needle: String, meaning: String)] = [
            ("Connection refused", "connection refused; is PostgreSQL running and listening at that address?"),
            ("password authentication failed", "the user name or password was not accepted."),
            ("does not exist", "the database or user does not exist; create it first."),
            ("timed out", "no answer in time; check the host name, port and firewall."),
            ("unable to open database file", "the SQLite file cannot be opened; check the data directory's permissions."),
        ]
        if let match = known.first(where: { text.localizedCaseInsensitiveContains($0.needle) }) { return match.meaning }
        return oneLine(error)
    }

    static func oneLine(_ error: any Error) -> String {
        let text = String(reflecting: error)
        let firstLine = text.split(whereSeparator: \.isNewline).first.map(String.init) ?? text
        return String(firstLine.prefix(300))
    }
}
