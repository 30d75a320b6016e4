import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// `together contact-key rotate`: seals every contact detail again with a new key.
struct ContactKeyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "contact-key", abstract: "Manage the key that seals tellers' contact details.", subcommands: [Rotate.self])

    struct Rotate: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "rotate",
            abstract: "Seal every contact detail again with a new key and replace the key file.",
            discussion: "Stop the server first and start it again afterwards. If the rotation is interrupted, run it again: it finishes.")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            if let value = ProcessInfo.processInfo.environment["TOGETHER_CONTACT_KEY"], !value.isEmpty {
                Console.fail(VaultError.keyFromEnvironment.description)
            }
            let opened = try await store.openStore(logger: .together())
            do {
                let rotation = try await ContactVault.rotate(dataDirectory: store.dataDir, database: opened.database)
                await opened.shutdown()
                Console.print("Sealed \(rotation.resealed) contact details with a new key; the old key file is replaced.")
                if rotation.unreadable > 0 {
                    Console.print("\(rotation.unreadable) could be opened with neither key and were left as they were.")
                }
            } catch {
                await opened.shutdown()
                Console.fail("\(error)")
            }
        }
    }
}
