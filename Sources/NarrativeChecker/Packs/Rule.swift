/// One thing a pack looks for, with what to say about it and where the advice comes from.
public struct Rule: Sendable, Equatable {
    public enum Kind: String, Sendable {
        /// Fires wherever a term appears.
        case term
        /// Fires only near a word for people, and not near an exception.
        case contextual
        /// Fires when a term and one of its `against` terms stand in one sentence with nothing but
        /// `joined-by` words between them: "our culture, not theirs", "us or them" — but not "their
        /// traditions and ours", where the same two words are put side by side rather than set against
        /// each other.
        case contrast
    }

    public let id: String
    public let category: Category
    public let severity: Severity
    public let kind: Kind
    let terms: [Term]
    public let suggestions: [String]
    /// By language code; at least English and the pack's own language.
    public let messages: [String: String]
    /// nil: the pack says there is no published source.
    public let source: Source?
    let window: Int
    /// For a contextual rule: the words that give it its sense here, instead of the pack's words
    /// for people (a crisis frame is about migration as much as about people).
    let near: [Term]
    let exceptions: [Term]
    /// For a contrast rule: the other side ("ours", "us" against "theirs", "them").
    let against: [Term]
    /// For a contrast rule: what sets the two sides against each other when it stands between them
    /// ("or", "not", "versus").
    let joinedBy: [Term]
    /// For a contextual rule that uses the pack's words for people: words for anyone (people,
    /// families, they) count only when this sentence or the one before speaks of migration. For
    /// metaphors with a common literal sense about crowds (streaming, flocking, swarming in).
    let migrationOnly: Bool
    /// For a contextual rule: when above 0, its context is looked for in its sentence and this many
    /// sentences either side, not within `window` words — its `near` words, or else a word for
    /// migrants (words about migration — "our country", "the border" — and words for anyone say
    /// too little a sentence away). For what is said about people named a sentence earlier: "Since
    /// the refugees came, bikes vanish. I'm not saying anything, but…"
    let contextSentences: Int
    public let examples: Examples
    /// Where the rule was written, for error messages: "en.yaml:12".
    public let origin: String

    public struct Source: Sendable, Equatable, Codable {
        public let publisher: String
        public let title: String
        public let year: Int?
        public let url: String?
    }

    public struct Examples: Sendable, Equatable {
        public let flag: [String]
        public let pass: [String]
    }

    /// The message in `language`, else English, else any.
    public func message(in language: String) -> String {
        messages[language] ?? messages["en"] ?? messages.values.sorted().first ?? id
    }
}
