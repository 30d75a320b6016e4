import ArgumentParser
import Foundation
import NarrativeChecker

#if canImport(Glibc)
    import Glibc
    private let systemWrite = Glibc.write
#elseif canImport(Darwin)
    import Darwin
    private let systemWrite = Darwin.write
#endif

/// `together check`: the narrative checker on files or standard input.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a draft message against what the evidence says backfires; suggests better words.",
        discussion: """
            Exit code: 0 when no finding reaches --fail-on, 1 when one does, 2 for a usage or input error.
            Rule packs are described in docs/rule-packs.md.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, sarif }
    enum FailOn: String, ExpressibleByArgument, CaseIterable { case error, warning, suggestion, never }

    @Option(help: "The draft's language: auto, en, fr, es, de, it, ar, tr or pt.") var lang: String = "auto"
    @Option(name: .customLong("audience-lang"), help: "The audience's language; a draft in another gets a finding.")
    var audienceLang: String?
    @Option(help: "Where the message appears: post, poster, script, article or headline.") var medium: Medium = .post
    @Option(help: "Output: text, json or sarif.") var format: Format = .text
    @Option(name: .customLong("pack"), help: "A folder of rule packs that add to or override the built-in ones (repeatable).")
    var packs: [String] = []
    @Option(name: .customLong("fail-on"), help: "The least severity that makes the exit code 1: error, warning, suggestion or never.")
    var failOn: FailOn = .error
    @Option(name: .customLong("reader-lang"), help: "The language of the messages (default English).") var readerLang: String = "en"
    @Option(
        name: .customLong("repeat"),
        help: ArgumentHelp(
            "Check each input this many times and print the time per check on standard error (for benchmarks).", visibility: .hidden))
    var repetitions: Int = 1
    @Argument(help: "Files to check; - or nothing reads standard input.") var files: [String] = []

    /// Drafts are messages, not books: larger input is refused rather than read into memory.
    static let maximumBytes = 8 * 1024 * 1024

    func run() throws {
        do {
            try checkAll()
        } catch let failure as CheckFailure {
            FileHandle.standardError.write(Data("together check: \(failure)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func checkAll() throws {
        if lang != "auto", !Checker.builtInLanguages.contains(lang) {
            throw CheckFailure("unknown language “\(lang)”; use auto or one of \(Checker.builtInLanguages.joined(separator: ", ")).")
        }
        let drafts = try (files.isEmpty ? ["-"] : files).map { file in (file: file == "-" ? "<stdin>" : file, text: try Self.read(file)) }
        let options = Checker.Options(
            language: lang == "auto" ? nil : lang, audienceLanguage: audienceLang, medium: medium, readerLanguage: readerLang)
        // Only the packs of the languages the drafts are read in: reading all eight takes most of a second.
        let languages = drafts.map { Checker.language(of: $0.text, options: options) }
        let checker = try Self.checker(adding: packs, languages: Set(languages))
        var reports: [(file: String, text: String, report: Report)] = []
        for (draft, language) in zip(drafts, languages) {
            // Detected once, here; `check` detects again only to compare with an audience's language.
            var options = options
            if audienceLang == nil { options.language = language }
            if repetitions > 1 { Self.time(repetitions, draft.text, checker, options) }
            reports.append((draft.file, draft.text, checker.check(draft.text, options: options)))
        }
        try write(reports, rules: checker.rules)
        if let threshold = Severity(rawValue: failOn.rawValue), reports.contains(where: { $0.report.reaches(threshold) }) {
            throw ExitCode(1)
        }
    }

    private func write(_ reports: [(file: String, text: String, report: Report)], rules: [Rule]) throws {
        switch format {
        case .text:
            for entry in reports {
                Self.writeToStandardOutput(entry.report.textBytes(for: entry.text, file: reports.count > 1 ? entry.file : nil))
            }
        case .json:
            var bytes = reports.count == 1 ? reports[0].report.jsonBytes() : Report.jsonBytes(reports.map { ($0.file, $0.report) })
            bytes.append(0x0A)
            Self.writeToStandardOutput(bytes)
        case .sarif:
            let document = SARIF.document(reports.map { ($0.file, $0.report) }, rules: rules)
            let data = try JSONSerialization.data(withJSONObject: document, options: [.sortedKeys, .withoutEscapingSlashes])
            FileHandle.standardOutput.write(data + Data("\n".utf8))
        }
    }

    /// The built-in packs and the partner packs in `folders`. As on the server, a partner pack whose own
    /// examples fail is refused: every failing example is listed, so a partner mends them in one go.
    static func checker(adding folders: [String], languages: Set<String>?) throws -> Checker {
        do {
            var added: [RulePack] = []
            for folder in folders { added += try Checker.packs(in: URL(fileURLWithPath: folder, isDirectory: true)) }
            let checker = try Checker.standard(extendedBy: added, languages: languages)
            let failures = added.flatMap { checker.failingExamples(of: $0) }
            guard failures.isEmpty else {
                let lines = failures.map { "  \($0)" }.joined(separator: "\n")
                throw CheckFailure("rule pack examples fail (\(failures.count)); mend the rule or the example:\n\(lines)")
            }
            return checker
        } catch let error as RulePackError {
            throw CheckFailure("rule pack error: \(error)")
        }
    }

    /// Times `count` checks of `text` in this process, without the start-up and reading.
    static func time(_ count: Int, _ text: String, _ checker: Checker, _ options: Checker.Options) {
        let clock = ContinuousClock()
        var findings = 0
        let elapsed = clock.measure {
            for _ in 0..<count { findings &+= checker.check(text, options: options).findings.count }
        }
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perCheck = seconds / Double(count)
        let megabytes = Double(text.utf8.count) / 1_000_000
        FileHandle.standardError.write(
            Data(
                String(
                    format: "checks %d bytes %d per-check-us %.2f MB/s %.2f findings %d\n", count, text.utf8.count, perCheck * 1e6,
                    megabytes / perCheck, findings / count
                ).utf8))
    }

    /// Megabytes of findings go out in one write, without a copy into `Data`.
    static func writeToStandardOutput(_ bytes: [UInt8]) {
        bytes.withUnsafeBytes { buffer in
            var offset = 0
            while offset < buffer.count {
                let written = systemWrite(1, buffer.baseAddress! + offset, buffer.count - offset)
                if written < 0, errno == EINTR { continue }
                if written <= 0 { return }
                offset += written
            }
        }
    }

    static func read(_ file: String) throws -> String {
        let data = try InputFile.read(file, maximumBytes: maximumBytes, nothingTo: "check")
        let name = file == "-" ? "standard input" : file
        guard let text = String(data: data, encoding: .utf8) else { throw CheckFailure("\(name): is not UTF-8 text.") }
        // Through the bytes, not `Data`'s iterator: byte by byte, that took a tenth of a 1 MB check.
        guard !data.withUnsafeBytes({ $0.contains(0) }) else {
            throw CheckFailure("\(name): looks like a binary file, not text.")
        }
        return text
    }
}

/// A usage or input problem: one line on standard error and exit code 2.
struct CheckFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Medium: ExpressibleByArgument {}
