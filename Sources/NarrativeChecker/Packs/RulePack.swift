/// The rules for one language, as a data file describes them (docs/rule-packs.md).
public struct RulePack: Sendable {
    public let language: String
    public let name: String
    let people: [Term]
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
