import ArgumentParser
import Foundation
import Redaction

/// `together redact`: finds personal details in a story and prints it redacted, or the details as JSON.
struct Redact: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redact", abstract: "Find personal details in a story (names, phones, addresses, document numbers …) and redact them.",
        discussion: """
            Offsets in the JSON output count Unicode scalars. Exit code: 0 when the text was read, 2 for a usage or
            input error. Details below --min-confidence are left out (quasi-identifiers such as a full date without a
            birth or arrival word have 0.4).
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }
    enum Style: String, ExpressibleByArgument, CaseIterable { case label, mask, keep, pseudonym }

    @Option(help: "The story's language (ISO 639-1: en, de, fr, es, it, ar, tr, pt, nl, sv); leave out to use every word list.")
    var lang: String?
    @Option(help: "Output: text (the redacted story and a list) or json.") var format: Format = .text
    @Option(name: .customLong("min-confidence"), help: "Leave out details found with less confidence than this (0…1).")
    var minConfidence: Double = 0.5
    @Option(help: "How details are replaced: label ([NAME]), mask (•••), keep, or pseudonym (Person KQ).") var style: Style = .label
    @Option(name: .customLong("secret-file"), help: "A file holding the secret for pseudonyms (32 bytes or more).")
    var secretFile: String?
    @Option(help: "A JSON Lines file of stories ({\"id\", \"text\", and a language field}); prints one JSON line per story.")
    var batch: String?
    @Option(name: .customLong("lang-field"), help: "With --batch: the field that holds each story's language.") var langField = "lang"
    @Option(name: .customLong("repeat"), help: ArgumentHelp("Redact everything this many times (for benchmarks).", visibility: .hidden))
    var repetitions: Int = 1
    @Argument(help: "The story's file; - or nothing reads standard input.") var file: String?

    static let maximumBytes = 4 * 1024 * 1024

    func validate() throws {
        guard (0...1).contains(minConfidence) else { throw ValidationError("--min-confidence must be between 0 and 1.") }
        guard repetitions >= 1, repetitions <= 100_000 else { throw ValidationError("--repeat must be between 1 and 100000.") }
        if batch != nil, file != nil { throw ValidationError("Give a story file or --batch, not both.") }
    }

    func run() throws {
        do {
            let redactor = try Redactor.builtIn()
            let redactionStyle = try makeStyle()
            if let batch {
                try redactBatch(batch, redactor, redactionStyle)
            } else {
                try redactOne(redactor, redactionStyle)
            }
        } catch let failure as CheckFailure {
            FileHandle.standardError.write(Data("together redact: \(failure)\n".utf8))
            throw ExitCode(2)
        } catch let error as RedactionError {
            FileHandle.standardError.write(Data("together redact: \(error)\n".utf8))
            throw ExitCode(2)
        }
    }

    private func makeStyle() throws -> RedactionStyle {
        switch style {
        case .label: return .label
        case .mask: return .mask
        case .keep: return .keep
        case .pseudonym:
            guard let secretFile else {
                throw CheckFailure("pseudonyms need --secret-file: the same secret gives the same stand-ins from run to run.")
            }
            guard let data = FileManager.default.contents(atPath: secretFile), let secret = PseudonymSecret(data) else {
                throw CheckFailure("\(secretFile): cannot be read or holds fewer than 32 bytes.")
            }
            return .pseudonym(secret: secret)
        }
    }

    private func redactOne(_ redactor: Redactor, _ redactionStyle: RedactionStyle) throws {
        let bytes = try Self.readBytes(file ?? "-")
        var found = try redactor.detect(in: bytes, language: lang)
        for _ in 1..<repetitions { found.spans = try redactor.detect(in: found.text, language: lang) }
        let spans = found.spans.filter { $0.confidence >= minConfidence }
        let redacted = Redactor.redact(found.text, spans: spans, style: redactionStyle, minimumConfidence: minConfidence)
        switch format {
        case .json:
            FileHandle.standardOutput.write(try Self.json(spans: spans, redacted: redacted) + Data("\n".utf8))
        case .text:
            print(redacted)
            print()
            print(spans.isEmpty ? "No personal details found." : "Personal details found: \(spans.count)")
            for span in spans {
                print(
                    "  \(span.type.rawValue) (\(String(format: "%.2f", span.confidence))), characters \(span.start)–\(span.end): \(span.text)"
                )
            }
        }
    }

    private func redactBatch(_ path: String, _ redactor: Redactor, _ redactionStyle: RedactionStyle) throws {
        let text = String(decoding: try Self.readBytes(path), as: UTF8.self)
        var stories: [(id: String, text: String, lang: String?)] = []
        for (number, line) in text.split(whereSeparator: \.isNewline).enumerated() where !line.trimmingCharacters(in: .whitespaces).isEmpty
        {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                let story = object["text"] as? String
            else { throw CheckFailure("\(path), line \(number + 1): not a JSON object with a \"text\" string.") }
            let id = (object["id"] as? String) ?? String(number + 1)
            stories.append((id, story, object[langField] as? String ?? lang))
        }
        var results: [(id: String, spans: [Span], text: String)] = []
        for round in 0..<repetitions {
            for story in stories {
                let spans = try redactor.detect(in: story.text, language: story.lang).filter { $0.confidence >= minConfidence }
                if round == 0 { results.append((story.id, spans, story.text)) }
            }
        }
        for result in results {
            var line = try Self.json(
                spans: result.spans, redacted: Redactor.redact(result.text, spans: result.spans, style: redactionStyle), id: result.id)
            line.append(contentsOf: Data("\n".utf8))
            FileHandle.standardOutput.write(line)
        }
    }

    static func json(spans: [Span], redacted: String, id: String? = nil) throws -> Data {
        var object: [String: Any] = [
            "spans": spans.map {
                ["start": $0.start, "end": $0.end, "type": $0.type.rawValue, "text": $0.text, "confidence": $0.confidence] as [String: Any]
            },
            "redacted": redacted,
        ]
        if let id { object["id"] = id }
        return try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes])
    }

    static func readBytes(_ file: String) throws -> [UInt8] {
        let data = try InputFile.read(file, maximumBytes: maximumBytes, nothingTo: "redact")
        return Array(data)
    }
}
