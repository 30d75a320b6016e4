import ArgumentParser
import Foundation
import Logging
import TogetherServer

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill an empty database with fictional demo content.")

    @OptionGroup var store: StoreOptions

    @Option(help: "Also add this many fictional published stories (for benchmarks; 0 for none).")
    var stories = 0

    func run() async throws {
        guard stories >= 0, stories <= 10_000_000 else { Console.fail("--stories takes a number from 0 to 10,000,000.") }
        let store = try await store.openStore(logger: Logger.together())
        let (services, _) = try await makeServices(store: store, options: self.store, logger: Logger.together())
        try await Demo.load(services: services)
        if stories > 0 {
            let total = stories
            let started = ContinuousClock.now
            try await StorySeeder(services: services).seed(count: total) { done in
                let width = 30
                let filled = width * done / total
                FileHandle.standardError.write(
                    Data(
                        "\rStories [\(String(repeating: "#", count: filled))\(String(repeating: ".", count: width - filled))] \(done)/\(total)"
                            .utf8))
            }
            FileHandle.standardError.write(Data("\n".utf8))
            let elapsed = ContinuousClock.now - started
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            Console.print("Added \(total) fictional stories in \(String(format: "%.1f", seconds)) s.")
        }
        await store.shutdown()
    }

    static func load(services: AppServices) async throws {
        switch try await DemoContent(services: services).load() {
        case .skippedBecauseNotEmpty:
            Console.print("Demo content was not loaded: this site already has accounts, and demo content goes only into an empty one.")
        case .loaded(let password):
            Console.print("Demo content loaded. Everything in it is fictional. Demo staff accounts (password \(password)):")
            for account in DemoContent.accounts {
                Console.print("  \(account.email)  \(account.role.rawValue)")
            }
        }
    }
}
