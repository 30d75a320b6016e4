/// The rules for one language, as a data file describes them (docs/rule-packs.md).
public struct RulePack: Sendable {
    public let language: String
    public let name: String
    /// Words for migrants and refugees in particular (and nationalities): near one, a contextual rule fires.
    let people: [Term]
    /// Words for anyone (people, families, they): near one, a contextual rule fires, unless it is
    /// `migration-only` and neither this sentence nor the one before speaks of migration — thousands of
    /// people streaming into a festival is not a flood of migrants.
    let everyone: [Term]
    /// Words that place a sentence in migration without naming people (asylum, the border, deportation).
    let migration: [Term]
    /// Words that talk about words ("word", "term", "we no longer say"): a quoted term near one is
    /// being discussed, not used.
    let mentions: [Term]
    public let rules: [Rule]
    public let strengths: [StrengthRule]
    /// Rule ids this pack switches off (in built-in packs it extends).
    public let disabled: [String]
    /// The file it came from, for error messages.
    public let file: String
}
