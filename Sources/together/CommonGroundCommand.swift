import ArgumentParser
import CommonGround
import Foundation

/// `together commonground`: opinion groups and what people have in common, from Pol.is export files.
struct CommonGroundCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "commonground",
        abstract: "Opinion groups and what people have in common, from a conversation's votes.",
        subcommands: [Analyze.self, Import.self, Export.self])

    struct Analyze: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "analyze",
            abstract: "Analyse a conversation exported from Pol.is (or from Together) as CSV.",
            discussion: """
                votes.csv: timestamp, datetime, comment-id, voter-id, vote (1 agree, -1 disagree, 0 pass), in the order
                cast; a later vote on the same statement replaces an earlier one. comments.csv (optional): statements with
                their text and moderation (-1 moderated out). Exit code 0, or 2 for a usage or input error.
                """)

        enum Format: String, ExpressibleByArgument, CaseIterable { case json, text }

        @Option(help: "The votes (Pol.is votes.csv).") var votes: String
        @Option(help: "The statements (Pol.is comments.csv): texts and moderation.") var comments: String?
        @Option(help: "Output: json or text.") var format: Format = .text

        static let maximumBytes = 512 * 1024 * 1024

        func run() throws {
            do {
                let statements = try comments.map { try PolisExport.statements(csv: try Self.text($0), file: $0) } ?? []
                let known = comments == nil ? nil : Set(statements.map(\.id))
                let options = CommonGround.Options(
                    moderatedOut: Set(statements.filter { $0.moderation == -1 }.map(\.id)), meta: Set(statements.filter(\.isMeta).map(\.id))
                )
                let matrix = try PolisExport.voteMatrix(
                    csv: try Self.mapped(votes), file: votes, statements: known, zeroed: options.moderatedOut.union(options.meta))
                guard matrix.voteCount > 0 else { throw CommonGroundError(file: votes, problem: "there are no votes to analyse yet.") }
                let analysis = CommonGround.analyze(matrix, options: options)
                switch format {
                case .json:
                    let data = try AnalysisJSON.encoder.encode(AnalysisJSON(analysis))
                    FileHandle.standardOutput.write(data + Data("\n".utf8))
                case .text:
                    let texts = Dictionary(statements.map { ($0.id, $0.text) }, uniquingKeysWith: { first, _ in first })
                    FileHandle.standardOutput.write(Data(analysis.text(statementTexts: texts).utf8))
                }
            } catch let error as CommonGroundError {
                FileHandle.standardError.write(Data("together commonground: \(error)\n".utf8))
                throw ExitCode(2)
            } catch let failure as CheckFailure {
                FileHandle.standardError.write(Data("together commonground: \(failure)\n".utf8))
                throw ExitCode(2)
            }
        }

        /// A large votes file is mapped into memory rather than copied.
        static func mapped(_ file: String) throws -> Data {
            guard file != "-" else { return try InputFile.read(file, maximumBytes: maximumBytes, nothingTo: "analyse") }
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: file), options: .alwaysMapped)
                guard !data.isEmpty else { throw CheckFailure("\(file): is empty; there is nothing to analyse.") }
                return data
            } catch let failure as CheckFailure {
                throw failure
            } catch {
                throw CheckFailure("\(file): cannot be read.")
            }
        }

        static func text(_ file: String) throws -> String {
            let data = try InputFile.read(file, maximumBytes: maximumBytes, nothingTo: "analyse")
            guard let text = String(data: data, encoding: .utf8) else { throw CheckFailure("\(file): is not UTF-8 text.") }
            return text
        }
    }
}
