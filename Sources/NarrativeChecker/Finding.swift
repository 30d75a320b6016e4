/// One thing the checker suggests changing, with where it is, why, and what to write instead.
public struct Finding: Sendable, Equatable {
    public let rule: String
    public let category: Category
    public let severity: Severity
    /// In the reader's language (or English), and in the pack's language.
    public let message: String
    public let packMessage: String
    public let suggestions: [String]
    /// Offsets in Unicode scalars into the checked text: `start` inclusive, `end` exclusive.
    public let start: Int
    public let end: Int
    /// 1-based, counted in Unicode scalars.
    public let line: Int
    public let column: Int
    public let text: String
    /// Inside quotation marks: reported, not endorsed, so one severity gentler (a suggestion quoted
    /// whole is no finding at all).
    public let isQuoted: Bool
    public let source: Rule.Source?
}

/// Something the draft does well.
public struct Strength: Sendable, Equatable {
    public let id: String
    public let kind: StrengthRule.Kind
    public let message: String
    /// The words that showed it, as written.
    public let examples: [String]
}
