import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

struct TokenCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "token", abstract: "Manage API bearer tokens.", subcommands: [Create.self, Revoke.self, List.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "create", abstract: "Create a token and print it once.")
        @OptionGroup var store: StoreOptions
        @Option(help: "admin, moderator, facilitator or researcher.") var role: String
        @Option(help: "A name to recognise and revoke the token by.") var name: String
        @Option(help: "The short name of the chapter the token works for (default: the main space).") var chapter: String?

        func run() async throws {
            try await withAccounts(store) { accounts in
                var chapterID: UUID?
                if let chapter { chapterID = try await accounts.chapterID(slug: chapter) }
                let token = try await accounts.createAPIToken(name: name, role: try Role(validating: role), chapterID: chapterID)
                Console.print(token)
                FileHandle.standardError.write(
                    Data("Keep this token safe: it is shown only now. Revoke it with `together token revoke --name \(name)`.\n".utf8))
            }
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "revoke", abstract: "Revoke a token so it stops working at once.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The token's name.") var name: String

        func run() async throws {
            try await withAccounts(store) { accounts in
                try await accounts.revokeAPIToken(name: name)
                Console.print("Revoked \(name).")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List tokens (names and roles, never the secrets).")
        @OptionGroup var store: StoreOptions

        func run() async throws {
            try await withAccounts(store) { accounts in
                for token in try await accounts.apiTokens() {
                    Console.print("\(token.name)\t\(token.role.rawValue)\t\(token.isRevoked ? "revoked" : "active")")
                }
            }
        }
    }
}

/// Opens the store, runs the body, and turns an account error into one line and exit code 1.
func withAccounts(_ options: StoreOptions, _ body: (Accounts) async throws -> Void) async throws {
    let logger = Logger.together()
    let store = try await options.openStore(logger: logger)
    let (services, _) = try await makeServices(store: store, options: options, logger: logger)
    do {
        try await body(services.accounts)
    } catch let error as AccountError {
        await store.shutdown()
        Console.fail(error.description)
    }
    await store.shutdown()
}
