import ArgumentParser

@main
struct Together: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "together",
        abstract: "Together: stories, common ground and message tools for communities that welcome.",
        subcommands: [Serve.self, Migrate.self, Demo.self, UserCommand.self, TokenCommand.self],
        defaultSubcommand: nil
    )
}
