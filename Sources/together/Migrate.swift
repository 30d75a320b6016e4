import ArgumentParser
import Logging

struct Migrate: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "migrate", abstract: "Bring the database schema up to date, then exit.")

    @OptionGroup var store: StoreOptions

    func run() async throws {
        let store = try await store.openStore(logger: Logger.together())
        Console.print("The database is up to date (\(store.location)).")
        await store.shutdown()
    }
}
