import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

struct UserCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage staff accounts.", subcommands: [Create.self])

    struct Create: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "create",
            abstract: "Create a staff account and print a one-time link where its owner chooses a password.")

        @OptionGroup var store: StoreOptions

        @Option(help: "admin, moderator, facilitator or researcher.")
        var role: String

        @Option(help: "The person's e-mail address; they sign in with it.")
        var email: String

        @Option(help: "The name shown to the team (defaults to the part of the e-mail before @).")
        var name: String?

        @Option(help: "The short name of the chapter the person works for (default: the main space).")
        var chapter: String?

        @Flag(help: "Read the password from standard input instead of printing a setup link.")
        var passwordStdin = false

        @Option(help: "Public address of the site, for the printed link.")
        var publicURL: String?

        func run() async throws {
            let logger = Logger.together()
            let store = try await store.openStore(logger: logger)
            defer { Task { await store.shutdown() } }
            var configuration = ServerConfiguration()
            configuration.publicURL = publicURL ?? ProcessInfo.processInfo.environment["TOGETHER_PUBLIC_URL"]
            let (services, _) = try await makeServices(store: store, options: self.store, configuration: configuration, logger: logger)
            let password = passwordStdin ? readLine(strippingNewline: true) ?? "" : nil
            do {
                let role = try Role(validating: role)
                var chapterID: UUID?
                if let chapter { chapterID = try await services.accounts.chapterID(slug: chapter) }
                let user = try await services.accounts.createUser(
                    email: email, name: name ?? String(email.split(separator: "@").first ?? "staff"), role: role, password: password,
                    chapterID: chapterID)
                if password == nil {
                    let token = try await services.accounts.issueInvitationLink(userID: try user.requireID())
                    Console.print("Created \(user.email) (\(role.rawValue)). One-time link to choose a password (valid 24 hours):")
                    Console.print("  " + services.accounts.setupURL(token: token, chapterID: chapterID))
                } else {
                    Console.print("Created \(user.email) (\(role.rawValue)).")
                }
            } catch let error as AccountError {
                await store.shutdown()
                Console.fail(error.description)
            }
            await store.shutdown()
        }
    }
}

extension Role {
    init(validating raw: String) throws(AccountError) {
        guard let role = Role(rawValue: raw.lowercased()) else { throw AccountError.unknownRole(raw) }
        self = role
    }
}
