import FluentKit
import Foundation
import SQLKit

/// Consistent online backups and restores: SQLite's `VACUUM INTO` (a transactionally consistent copy
/// while the server runs), PostgreSQL's `pg_dump` and `pg_restore`.
extension Store {
    /// Writes a backup to `path`, which must not exist yet. `postgresTools` is the folder holding
    /// pg_dump (PATH is searched when nil).
    public func backup(to path: String, postgresTools: String? = nil) async throws {
        guard !FileManager.default.fileExists(atPath: path) else { throw BackupError.exists(path) }
        switch location {
        case .sqlite:
            try await sql.raw("VACUUM INTO \(bind: path)").run()
        case .postgres(let url):
            try Self.run("pg_dump", in: postgresTools, ["--format=custom", "--no-owner", "--file=\(path)"], database: url)
        }
        // A backup holds every story and every sealed contact: readable by its owner only.
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: path)
    }

    /// Whether the database passes its own integrity check (SQLite's `PRAGMA integrity_check`; on
    /// PostgreSQL, that every table can be read).
    public func integrityCheck() async throws -> Bool {
        switch location {
        case .sqlite:
            let rows = try await sql.raw("PRAGMA integrity_check").all()
            return rows.count == 1 && (try? rows[0].decode(column: "integrity_check", as: String.self)) == "ok"
        case .postgres:
            for table in ["stories", "story_tombstones", "users", "conversations", "message_tests", "gatherings", "pledges"] {
                _ = try await sql.raw("SELECT count(*) FROM \(ident: table)").all()
            }
            return true
        }
    }

    /// Replaces the database at `location` with the backup at `path`. For SQLite the server must be
    /// stopped; the backup is checked before anything is replaced.
    public static func restore(_ path: String, into location: DatabaseLocation, postgresTools: String? = nil, logger: Logger)
        async throws
    {
        guard FileManager.default.fileExists(atPath: path) else { throw BackupError.notABackup(path) }
        switch location {
        case .sqlite(let target):
            // Work on a copy beside the database: the backup itself is never written to (it may be on
            // read-only media), and a damaged or foreign file never replaces a good one.
            let manager = FileManager.default
            let staged = target + ".restoring"
            try? manager.removeItem(atPath: staged)
            try manager.copyItem(atPath: path, toPath: staged)
            do {
                let candidate = try await Store.open(.sqlite(path: staged), logger: logger)
                let good = (try? await candidate.isTogetherDatabase()) ?? false
                await candidate.shutdown()
                guard good else { throw BackupError.notABackup(path) }
            } catch {
                for suffix in ["", "-wal", "-shm"] { try? manager.removeItem(atPath: staged + suffix) }
                throw BackupError.notABackup(path)
            }
            for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: staged + suffix) }
            // The database being replaced is kept beside it, not deleted, until someone removes it.
            if manager.fileExists(atPath: target) {
                let previous = target + ".before-restore"
                try? manager.removeItem(atPath: previous)
                try manager.moveItem(atPath: target, toPath: previous)
            }
            for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: target + suffix) }
            try manager.moveItem(atPath: staged, toPath: target)
        case .postgres(let url):
            // pg_restore --clean drops only what the dump holds: tables added since (by later
            // migrations) would stay and block them. Start from an empty schema instead.
            let current = try await Store.open(location, logger: logger)
            do {
                try await current.sql.raw("DROP SCHEMA public CASCADE").run()
                try await current.sql.raw("CREATE SCHEMA public").run()
                await current.shutdown()
            } catch {
                await current.shutdown()
                throw error
            }
            let name = postgresEnvironment(url)["PGDATABASE"] ?? "postgres"
            try run("pg_restore", in: postgresTools, ["--no-owner", "--single-transaction", "--dbname=\(name)", path], database: url)
        }
    }

    /// Whether a database is one of ours and sound: it passes its integrity check and has the tables
    /// Together's migrations make.
    func isTogetherDatabase() async throws -> Bool {
        guard try await integrityCheck() else { return false }
        let migrations = try await sql.raw("SELECT count(*) AS n FROM _fluent_migrations").all()
        let stories = try await sql.raw("SELECT count(*) AS n FROM stories").all()
        return !migrations.isEmpty && !stories.isEmpty
    }

    /// Runs a PostgreSQL tool against `database`. The address goes in the PG* environment variables,
    /// never on the command line (where any local user could read the password); the tool's error
    /// output becomes the message.
    private static func run(_ tool: String, in folder: String?, _ arguments: [String], database: String) throws {
        let process = Process()
        process.environment = ProcessInfo.processInfo.environment.merging(postgresEnvironment(database)) { _, new in new }
        if let folder {
            process.executableURL = URL(fileURLWithPath: folder).appendingPathComponent(tool)
            process.arguments = arguments
        } else {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = [tool] + arguments
        }
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw BackupError.tool(
                tool, reason: "it could not be started (\(error.localizedDescription)); install PostgreSQL's client tools.")
        }
        // Read before waiting: a tool that fills the pipe would otherwise wait for us forever.
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit code \(process.terminationStatus)"
            throw BackupError.tool(
                tool, reason: firstLine.replacingOccurrences(of: #"postgres(ql)?://\S+"#, with: "<database>", options: .regularExpression))
        }
    }

    /// postgres://user:password@host:port/database as PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE.
    static func postgresEnvironment(_ url: String) -> [String: String] {
        guard let components = URLComponents(string: url) else { return [:] }
        var environment: [String: String] = [:]
        environment["PGHOST"] = components.host
        environment["PGPORT"] = components.port.map(String.init)
        environment["PGUSER"] = components.user?.removingPercentEncoding
        environment["PGPASSWORD"] = components.password?.removingPercentEncoding
        let name = components.path.trimmingCharacters(in: CharacterSet(charactersIn: "/"))
        if !name.isEmpty { environment["PGDATABASE"] = name }
        for item in components.queryItems ?? [] where item.name == "sslmode" { environment["PGSSLMODE"] = item.value }
        return environment.compactMapValues { $0 }
    }
}
