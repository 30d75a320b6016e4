import ArgumentParser
import Foundation

@main
struct Together: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "together",
        abstract: "Together: stories, common ground and message tools for communities that welcome.",
        subcommands: [
            Serve.self, Migrate.self, Demo.self, UserCommand.self, TokenCommand.self, Check.self, Redact.self, ContactKeyCommand.self,
            ExportCommand.self, CommonGroundCommand.self, ImpactCommand.self, BackupCommand.self, RestoreCommand.self,
        ],
        defaultSubcommand: nil
    )

    /// As ArgumentParser's, except that `together check` answers a usage error with exit code 2,
    /// as linters do (1 means "findings").
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var command = command as? any AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            if CommandLine.arguments.dropFirst().first == "check", exitCode(for: error) == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
