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
        discussion: """
            A story withdrawn after the backup was taken never comes back: the withdrawal journal is replayed. Without the journal \
            the restore is refused (--no-journal restores anyway, knowing that withdrawals since the backup would return). The \
            contact key must be there too (TOGETHER_CONTACT_KEY or contact.key in the data directory), or sealed contact details \
            could never be read again.
            """)

    @OptionGroup var store: StoreOptions
    @Argument(help: "The backup file.") var file: String
    @Option(help: "Folder with pg_restore (PostgreSQL only; PATH is searched otherwise).") var postgresTools: String?
    @Flag(help: "Restore even without a withdrawal journal (stories withdrawn since the backup would come back).") var noJournal = false

    func run() async throws {
        let logger = Logger.together()
        let journal = WithdrawalJournal(path: store.withdrawalJournal)
        guard journal.exists || noJournal else {
            Console.fail(
                "There is no withdrawal journal at \(journal.path): stories withdrawn since the backup would come back. Bring the journal back (or set TOGETHER_WITHDRAWAL_JOURNAL), or restore with --no-journal."
            )
        }
        guard store.contactKeyExists else {
            Console.fail(
                "There is no contact key (TOGETHER_CONTACT_KEY or the data directory's key file): restore it first, or sealed contact details stay unreadable."
            )
        }
        do {
            try await Store.restore(file, into: try store.location(), postgresTools: postgresTools, logger: logger)
        } catch {
            Console.fail("\(error)")
        }
        let opened = try await store.openStore(logger: logger)
        let (services, _) = try await makeServices(store: opened, options: store, logger: logger)
        do {
            let replayed = try await services.stories.replayWithdrawals(journal)
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
