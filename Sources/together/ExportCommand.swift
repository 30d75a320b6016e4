import ArgumentParser
import Foundation
import Logging
import TogetherServer
import TogetherStore

/// `together export --to DIR`: published, consented stories and counts for researchers.
struct ExportCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write published stories whose tellers' consent is in force, and counts with small cells hidden, for researchers.",
        discussion: "Writes stories.jsonl and CSV tables; no contact details, receipts, credited names or facilitators.")
    @OptionGroup var store: StoreOptions
    @Option(help: "The folder to write into (created if missing).") var to: String
    @Option(name: .customLong("min-cell"), help: "Counts under this are shown as <N.") var minCell = 5

    func validate() throws {
        guard minCell >= 2 else { throw ValidationError("--min-cell must be at least 2.") }
    }

    func run() async throws {
        let logger = Logger.together()
        let opened = try await store.openStore(logger: logger)
        let (services, _) = try await makeServices(store: opened, options: store, logger: logger)
        do {
            let export = try await ResearchExport.make(from: services.stories, threshold: minCell)
            try export.write(to: URL(fileURLWithPath: to, isDirectory: true))
            await opened.shutdown()
            Console.print("Wrote \(export.stories.count) stories and \(export.tables.count) tables to \(to).")
        } catch {
            await opened.shutdown()
            Console.fail("The export could not be written: \(error)")
        }
    }
}
