/// Finds personal details in a text and replaces them. Build one (``builtIn()``) and share it: it
/// holds the compiled word lists and is safe to use from any thread.
public struct Redactor: Sendable {
    private let byLanguage: [String: CompiledLexicon]
    private let everyLanguage: CompiledLexicon
    /// Texts longer than this are refused rather than scanned (a story is far shorter).
    public static let maximumLength = 1_000_000

    public init(lexicons: [String: Lexicon], names: NameLists) {
        var byLanguage: [String: CompiledLexicon] = [:]
        for (code, lexicon) in lexicons {
            // English travels with every language: stories mix it in ("my lawyer", "WhatsApp").
            byLanguage[code] = CompiledLexicon(
                [lexicon] + (code == "en" ? [] : lexicons["en"].map { [$0] } ?? []), names: names, everyLanguage: Array(lexicons.values))
        }
        self.byLanguage = byLanguage
        everyLanguage = CompiledLexicon(Array(lexicons.values), names: names)
    }

    public static func builtIn() throws(RedactionError) -> Redactor {
        Redactor(lexicons: try Lexicon.builtIn(), names: try NameLists.builtIn())
    }

    /// The languages with their own word lists.
    public var languages: [String] { byLanguage.keys.sorted() }

    /// Every detail found, in text order, overlaps resolved (the surer, then the longer, wins).
    /// `language` picks the word lists (ISO 639-1); nil or an unknown code uses all of them.
    public func detect(in text: String, language: String? = nil) throws(RedactionError) -> [Span] {
        let scanned = ScannedText(text)
        guard scanned.scalars.count <= Self.maximumLength else { throw RedactionError.tooLong(limit: Self.maximumLength) }
        let lexicon = language.flatMap { byLanguage[$0.lowercased()] } ?? everyLanguage
        let input = DetectionInput(text: scanned, lexicon: lexicon)
        let found =
            ContactDetector.detect(input) + AccountDetector.detect(input) + DocumentDetector.detect(input)
            + CoordinateDetector.detect(input) + DateDetector.detect(input) + PhoneDetector.detect(input)
            + AddressDetector.detect(input) + NameDetector.detect(input) + QuasiIdentifierDetector.detect(input)
        return Self.resolve(found)
    }

    /// Reads bytes as UTF-8 first: a file in another encoding gets a clear error, not garbled offsets.
    public func detect(in bytes: [UInt8], language: String? = nil) throws(RedactionError) -> (text: String, spans: [Span]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { throw RedactionError.notUTF8 }
        return (text, try detect(in: text, language: language))
    }

    static func resolve(_ spans: [Span]) -> [Span] {
        let ranked = spans.filter { $0.end > $0.start }.sorted {
            ($0.confidence, $0.end - $0.start, -$0.start) > ($1.confidence, $1.end - $1.start, -$1.start)
        }
        var kept: [Span] = []
        for span in ranked where !kept.contains(where: { $0.overlaps(span) }) {
            kept.append(span)
        }
        return kept.sorted { $0.start < $1.start }
    }
}
