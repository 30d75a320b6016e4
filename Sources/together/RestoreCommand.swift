import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// `together restore FILE`: puts a backup back, then erases again every story withdrawn since (the
/// withdrawal journal), and checks the database.
struct RestoreCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore", abstract: "Put a backup back (stop the server first), then erase again what was withdrawn since.",
        discussion: "A story withdrawn after the backup was taken never comes back: the withdrawal journal is replayed.")

    @OptionGroup var store: StoreOptions
    @Argument(help: "The backup file.") var file: String
    @Option(help: "Folder with pg_restore (PostgreSQL only; PATH is searched otherwise).") var postgresTools: String?

    func run() async throws {
        let logger = Logger.together()
        do {
            let location = try DatabaseLocation.resolve(
                databaseURL: ProcessInfo.processInfo.environment["DATABASE_URL"], dataDirectory: store.dataDir)
            try await Store.restore(file, into: location, postgresTools: postgresTools, logger: logger)
        } catch {
            Console.fail("\(error)")
        }
        let opened = try await store.openStore(logger: logger)
        let (services, _) = try await makeServices(store: opened, options: store, logger: logger)
        do {
            let replayed = try await services.stories.replayWithdrawals(WithdrawalJournal(path: store.withdrawalJournal))
            let healthy = try await opened.integrityCheck()
            await opened.shutdown()
            Console.print(
                "Restored \(file). Stories withdrawn since the backup, erased again: \(replayed). Integrity check: \(healthy ? "ok" : "FAILED")."
            )
            if !healthy { throw ExitCode(1) }
        } catch let exit as ExitCode {
            throw exit
        } catch {
            await opened.shutdown()
            Console.fail("\(error)")
        }
    }
}
