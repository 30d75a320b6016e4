import ArgumentParser
import Logging
import TogetherServer

struct Demo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Fill an empty database with fictional demo content.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let store = try await store.openStore(logger: Logger.together())
        let (services, _) = try await makeServices(store: store, options: self.store, logger: Logger.together())
        try await Demo.load(services: services)
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
