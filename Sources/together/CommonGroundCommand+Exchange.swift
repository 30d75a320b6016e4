import ArgumentParser
import CommonGround
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// Moving a conversation between Pol.is and Together: its export files in, and out again.
extension CommonGroundCommand {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import", abstract: "Bring a conversation exported from Pol.is (votes.csv and comments.csv) into this Together.")
        @OptionGroup var store: StoreOptions
        @Option(help: "The votes (Pol.is votes.csv).") var votes: String
        @Option(help: "The statements (Pol.is comments.csv).") var comments: String
        @Option(help: "The conversation's topic, as participants will see it.") var title: String
        @Option(help: "The conversation's language: en, fr, es, de, it, ar, tr or pt.") var language = "en"

        func validate() throws {
            guard !title.trimmingCharacters(in: .whitespaces).isEmpty, title.count <= 200 else {
                throw ValidationError("--title must be 1 to 200 characters.")
            }
        }

        func run() async throws {
            let statements: [PolisExport.Statement]
            let cast: [PolisExport.TimedVote]
            do {
                statements = try PolisExport.statements(csv: try Analyze.text(comments), file: comments)
                cast = try PolisExport.votes(csv: try Analyze.text(votes), file: votes, statements: Set(statements.map(\.id)))
            } catch let error as CommonGroundError {
                Console.fail("\(error)")
            } catch {
                Console.fail("\(error)")
            }
            let services = try await CommonGroundCommand.services(store)
            do {
                let summary = try await services.conversations.importPolis(
                    title: title, language: language, statements: statements, votes: cast)
                await services.store.shutdown()
                Console.print(
                    "Imported \(summary.statements) statements, \(summary.participants) participants and \(summary.votes) votes as conversation \(summary.conversationID.uuidString.lowercased())."
                )
            } catch {
                await services.store.shutdown()
                Console.fail("The conversation could not be imported: \(error)")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "export", abstract: "Write a conversation as Pol.is export files (votes.csv and comments.csv).")
        @OptionGroup var store: StoreOptions
        @Option(help: "The conversation's id.") var conversation: String
        @Option(help: "The folder to write into (created if missing).") var to: String

        func run() async throws {
            guard let id = UUID(uuidString: conversation) else { Console.fail("--conversation must be a conversation id (a UUID).") }
            let services = try await CommonGroundCommand.services(store)
            do {
                guard try await services.conversations.conversation(id) != nil else {
                    await services.store.shutdown()
                    Console.fail("There is no conversation \(conversation).")
                }
                let votes = try await services.conversations.exportVotes(id)
                let (statements, counts) = try await services.conversations.exportStatements(id)
                let folder = URL(fileURLWithPath: to, isDirectory: true)
                try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                try Data(PolisExport.votesCSV(votes).utf8).write(to: folder.appendingPathComponent("votes.csv"))
                try Data(PolisExport.commentsCSV(statements, votes: counts).utf8).write(to: folder.appendingPathComponent("comments.csv"))
                await services.store.shutdown()
                Console.print("Wrote \(statements.count) statements and \(votes.count) votes to \(to).")
            } catch {
                await services.store.shutdown()
                Console.fail("The conversation could not be exported: \(error)")
            }
        }
    }

    static func services(_ store: StoreOptions) async throws -> AppServices {
        let logger = Logger.together()
        let opened = try await store.openStore(logger: logger)
        return try await makeServices(store: opened, options: store, logger: logger).0
    }
}
