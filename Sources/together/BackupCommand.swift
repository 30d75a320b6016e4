import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// `together backup --to FILE`: a consistent copy while the server runs (SQLite's VACUUM INTO, or
/// pg_dump for PostgreSQL).
struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "Write a consistent backup of the database while the server keeps running.",
        discussion:
            "`together restore` also needs the withdrawal journal (withdrawals.journal) and the contact key (contact.key), which stay in the data directory, not inside the backup."
    )

    @OptionGroup var store: StoreOptions
    @Option(help: "The backup file to write; it must not exist yet.") var to: String
    @Option(help: "Folder with pg_dump (PostgreSQL only; PATH is searched otherwise).") var postgresTools: String?

    func run() async throws {
        let opened = try await store.openStore(logger: .together(), migrate: false)
        do {
            try await opened.backup(to: to, postgresTools: postgresTools)
            await opened.shutdown()
        } catch {
            await opened.shutdown()
            Console.fail("\(error)")
        }
        Console.print("Backup written to \(to).")
    }
}
