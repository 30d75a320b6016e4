import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// Where the data lives, shared by every subcommand that touches it.
struct StoreOptions: ParsableArguments {
    @Option(help: "Folder for the SQLite database, the contact key file and other data.")
    var dataDir = "./together-data"

    /// The journal of erased stories: TOGETHER_WITHDRAWAL_JOURNAL, or a file in the data directory.
    /// It lives outside the database so a restored backup can be brought up to date with it.
    var withdrawalJournal: String {
        ProcessInfo.processInfo.environment["TOGETHER_WITHDRAWAL_JOURNAL"]
            ?? (dataDir as NSString).appendingPathComponent("withdrawals.journal")
    }

    /// The key that seals tellers' contact details: TOGETHER_CONTACT_KEY, or a key file in the data directory.
    func loadVault() -> ContactVault {
        do {
            return try ContactVault.load(
                environmentValue: ProcessInfo.processInfo.environment["TOGETHER_CONTACT_KEY"], dataDirectory: dataDir)
        } catch {
            Console.fail("\(error)")
        }
    }

    /// Where the database is: DATABASE_URL, or the SQLite file in the data directory.
    func location() throws -> DatabaseLocation {
        try DatabaseLocation.resolve(databaseURL: ProcessInfo.processInfo.environment["DATABASE_URL"], dataDirectory: dataDir)
    }

    /// Whether the contact key is there (the environment, or the data directory's key file).
    var contactKeyExists: Bool {
        !(ProcessInfo.processInfo.environment["TOGETHER_CONTACT_KEY"] ?? "").isEmpty
            || FileManager.default.fileExists(atPath: (dataDir as NSString).appendingPathComponent("contact.key"))
    }

    /// Opens the database and, unless told not to (a backup must not change the schema under a
    /// running server), brings it up to date; or prints one clear line and exits with code 1.
    func openStore(logger: Logger, migrate: Bool = true) async throws -> Store {
        do {
            let store = try await Store.open(try location(), logger: logger)
            do {
                if migrate {
                    try await store.migrate()
                    // An empty journal from the first start: a missing one later means it was lost, and restore says so.
                    try? WithdrawalJournal(path: withdrawalJournal).record([], at: Date())
                }
            } catch {
                await store.shutdown()
                throw error
            }
            return store
        } catch {
            Console.fail("\(error)")
        }
    }
}

enum Console {
    static func fail(_ message: String) -> Never {
        FileHandle.standardError.write(Data("together: \(message)\n".utf8))
        exit(1)
    }

    static func print(_ message: String) {
        FileHandle.standardOutput.write(Data((message + "\n").utf8))
    }
}

extension Logger {
    /// Log level from LOG_LEVEL (trace, debug, info, notice, warning, error, critical); info by default.
    static func together() -> Logger {
        var logger = Logger(label: "together")
        logger.logLevel = ProcessInfo.processInfo.environment["LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
        return logger
    }
}

/// Builds the services the commands share.
func makeServices(
    store: Store, options: StoreOptions, configuration: ServerConfiguration = ServerConfiguration(), logger: Logger
) async throws -> (AppServices, Resources) {
    let resources: Resources
    do { resources = try await Resources.load() } catch { Console.fail("\(error)") }
    let services = AppServices(configuration: configuration, store: store, resources: resources, vault: options.loadVault(), logger: logger)
    try await services.refreshSiteState()
    return (services, resources)
}
