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
            try Self.run(
                "pg_dump", in: postgresTools, ["--format=custom", "--no-owner", "--file=\(path)", "--dbname=\(url)"])
        }
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
            // Check the copy first, by opening it as a database: a damaged file never replaces a good one.
            do {
                let candidate = try await Store.open(.sqlite(path: path), logger: logger)
                let good = (try? await candidate.integrityCheck()) ?? false
                await candidate.shutdown()
                guard good else { throw BackupError.notABackup(path) }
            } catch is StoreError {
                throw BackupError.notABackup(path)
            }
            let manager = FileManager.default
            let staged = target + ".restoring"
            try? manager.removeItem(atPath: staged)
            try manager.copyItem(atPath: path, toPath: staged)
            for suffix in ["-wal", "-shm"] { try? manager.removeItem(atPath: target + suffix) }
            if manager.fileExists(atPath: target) { try manager.removeItem(atPath: target) }
            try manager.moveItem(atPath: staged, toPath: target)
        case .postgres(let url):
            try run(
                "pg_restore", in: postgresTools,
                ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname=\(url)", path])
        }
    }

    /// Runs a PostgreSQL tool; its error output becomes the message (never the address, which may hold a password).
    private static func run(_ tool: String, in folder: String?, _ arguments: [String]) throws {
        let process = Process()
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
        process.waitUntilExit()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard process.terminationStatus == 0 else {
            let firstLine = message.split(separator: "\n").first.map(String.init) ?? "exit code \(process.terminationStatus)"
            throw BackupError.tool(
                tool, reason: firstLine.replacingOccurrences(of: #"postgres(ql)?://\S+"#, with: "<database>", options: .regularExpression))
        }
    }
}
